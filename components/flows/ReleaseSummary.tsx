"use client";

import { useState } from "react";
import Link from "next/link";
import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "@/components/providers/trpc-provider";
import { AlertTriangle, FlaskConical } from "lucide-react";
import type { CandidateChoice } from "@/components/backtests/selection-defaults";
import { StartBacktestDialog } from "@/components/backtests/StartBacktestDialog";
import { useCan } from "@/components/providers/viewer";
import { Button } from "@/components/ui/Button";
import { DateTime } from "@/components/ui/DateTime";
import { errorText } from "@/components/ui/error-text";
import { Skeleton } from "@/components/ui/Skeleton";
import type { RouterOutputs } from "@/server/api/root";
import { backtestFigureLines, warningsHeading } from "./release-summary-text";

type Check = RouterOutputs["flows"]["releaseCheck"];

const SHOWN_WARNINGS = 5;

/**
 * What a publish or make-live confirm shows before anything ships: the flow's warnings (each in words) and the
 * key figures of the last backtest of exactly this graph, or that it was never backtested, with a way to start one.
 */
export function ReleaseSummary({
  flowId,
  target,
  onStartBacktest,
}: {
  flowId: string;
  target: "draft" | "active";
  /**
   * For a summary inside a form (a confirm dialog): the backtest dialog, a form itself, must open outside it, so
   * the caller closes its confirm and opens it. Without this the summary opens the backtest dialog itself.
   */
  onStartBacktest?: (candidate: CandidateChoice) => void;
}) {
  const trpc = useTRPC();
  const check = useQuery({ ...trpc.flows.releaseCheck.queryOptions({ flowId, target }), staleTime: 0 });
  if (check.isPending) {
    return (
      <div role="status" className="space-y-1.5" aria-label="Checking warnings and the last backtest">
        <Skeleton className="h-4 w-3/4" />
        <Skeleton className="h-4 w-1/2" />
      </div>
    );
  }
  if (check.isError) return <p className="text-xs text-zinc-600">Could not check this flow&rsquo;s warnings and backtests: {errorText(check.error)}</p>;
  return (
    <div className="space-y-2 text-xs text-zinc-700" data-testid="release-summary">
      <Warnings warnings={check.data.warnings} />
      <Backtest check={check.data} flowId={flowId} onStartBacktest={onStartBacktest} />
    </div>
  );
}

function Warnings({ warnings }: { warnings: Check["warnings"] }) {
  if (warnings.length === 0) return <p className="text-emerald-800">No warnings.</p>;
  const rest = warnings.length - SHOWN_WARNINGS;
  return (
    <section aria-label="Warnings" className="rounded-md bg-amber-50 p-2 text-amber-900 ring-1 ring-amber-200">
      <p className="flex items-center gap-1.5 font-medium">
        <AlertTriangle className="size-3.5" aria-hidden />
        {warningsHeading(warnings.length)}
      </p>
      <ul className="mt-1 list-disc space-y-0.5 pl-5">
        {warnings.slice(0, SHOWN_WARNINGS).map((w, i) => (
          <li key={i}>{w.message}</li>
        ))}
      </ul>
      {rest > 0 && <p className="mt-1">…and {rest} more, listed in the editor&rsquo;s problems panel.</p>}
    </section>
  );
}

function Backtest({ check, flowId, onStartBacktest }: { check: Check; flowId: string; onStartBacktest?: (candidate: CandidateChoice) => void }) {
  const mayRun = useCan("backtests.run");
  const [starting, setStarting] = useState(false);
  const run = check.backtest;
  const candidate: CandidateChoice = check.version === "draft" ? { kind: "draft" } : { kind: "version", versionId: check.version.id };
  if (run === null) {
    return (
      <section aria-label="Last backtest" className="flex flex-wrap items-center justify-between gap-2 rounded-md bg-zinc-50 p-2 ring-1 ring-zinc-200">
        <p>
          <span className="font-medium text-zinc-900">Not backtested yet.</span> Replay it over past tickets to see what it would do before it
          handles real ones.
        </p>
        {mayRun && (
          <Button size="sm" onClick={() => (onStartBacktest === undefined ? setStarting(true) : onStartBacktest(candidate))}>
            <FlaskConical className="size-3.5" aria-hidden /> Start a backtest
          </Button>
        )}
        {starting && <StartBacktestDialog flowId={flowId} candidate={candidate} onClose={() => setStarting(false)} />}
      </section>
    );
  }
  return (
    <section aria-label="Last backtest" className="rounded-md bg-zinc-50 p-2 ring-1 ring-zinc-200">
      <p>
        <span className="font-medium text-zinc-900">Last backtest</span> ({run.candidateLabel} against {run.baselineLabel.toLowerCase()},{" "}
        {run.tickets.toLocaleString("en-US")} tickets, <DateTime value={run.finishedAt} zone />
        ):
      </p>
      <dl className="mt-1 grid grid-cols-2 gap-x-3 gap-y-0.5">
        {backtestFigureLines(run).map((line) => (
          <div key={line.label} className="flex justify-between gap-2">
            <dt className="text-zinc-600">{line.label}</dt>
            <dd className="font-medium tabular-nums text-zinc-900">{line.value}</dd>
          </div>
        ))}
      </dl>
      <Link href={`/backtests/${encodeURIComponent(run.id)}`} className="mt-1 inline-block font-medium text-indigo-700 underline">
        Open the backtest
      </Link>
    </section>
  );
}
