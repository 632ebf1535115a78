"use client";

import { useQuery } from "@tanstack/react-query";
import type { RouterOutputs } from "@/server/api/root";
import { useTRPC } from "@/components/providers/trpc-provider";
import { ErrorState } from "@/components/ui/ErrorState";
import { ProgressBar } from "@/components/ui/ProgressBar";
import { Section } from "@/components/ui/Section";
import { BacktestResults } from "./BacktestResults";
import { CancelBacktestButton } from "./CancelBacktestButton";
import { formatSeconds, progressDetail } from "./format";
import { isRunning } from "./status";

type Run = RouterOutputs["backtests"]["get"];

const POLL_MS = 1000;

/** A run's page body: the progress (polled every second while it runs), then its results or its error. */
export function BacktestRunView({ initial }: { initial: Run }) {
  const trpc = useTRPC();
  const query = useQuery(
    trpc.backtests.get.queryOptions(
      { id: initial.id },
      { initialData: initial, staleTime: 0, refetchInterval: (q) => (q.state.data && isRunning(q.state.data.status) ? POLL_MS : false) },
    ),
  );
  const run = query.data;
  const { progress } = run;
  const share = run.status === "completed" ? 1 : progress.total === 0 ? (isRunning(run.status) ? null : 0) : progress.processed / progress.total;

  return (
    <>
      <Section title="Progress" aside={run.mode === "temporal" ? "Chunked on Temporal workers" : "In this process"}>
        <ProgressBar
          label="Backtest progress"
          value={share}
          tone={run.status === "failed" ? "rose" : run.status === "completed" ? "emerald" : "indigo"}
          detail={progressDetail(progress)}
        />
        <div className="mt-2 flex items-center justify-between gap-3">
          <p role="status" className="text-[13px] text-zinc-700">
            {statusSentence(run)}
          </p>
          {isRunning(run.status) && <CancelBacktestButton id={run.id} />}
        </div>
        {run.model && (
          <details className="mt-1 text-xs text-zinc-600">
            <summary className="cursor-pointer select-none">Model version</summary>
            <code className="break-all">{run.model.raw}</code>
            <span className="block">Answers are cached under this version: retraining, re-indexing the knowledge base or changing a guardrail gives a new one.</span>
          </details>
        )}
        {query.isError && (
          <p role="alert" className="mt-1 text-xs text-red-700">
            Could not refresh the progress: {query.error.message}. Retrying.
          </p>
        )}
      </Section>
      {run.status === "failed" && <ErrorState title="The backtest failed" message={run.error ?? "No reason was recorded."} />}
      {run.status === "completed" && run.result && <BacktestResults run={run} result={run.result} />}
    </>
  );
}

/** "intent model v3 on the local provider"; the full version string (it keys the answer cache) is under "Model version". */
function modelName(model: NonNullable<Run["model"]>): string {
  return model.intentModel ? `intent model v${model.intentModel.version} on the ${model.provider} provider` : `the ${model.provider} provider`;
}

function statusSentence(run: Run): string {
  switch (run.status) {
    case "queued":
      return "Queued: selecting the tickets…";
    case "running":
      return "Replaying the history with a virtual clock; nothing is sent.";
    case "completed": {
      const took = run.startedAt && run.finishedAt ? ` in ${formatSeconds((new Date(run.finishedAt).getTime() - new Date(run.startedAt).getTime()) / 1000)}` : "";
      return `Completed${took}: ${run.progress.total.toLocaleString("en")} tickets replayed${run.model ? ` (AI answers from ${modelName(run.model)})` : ""}.`;
    }
    case "failed":
      return "Failed.";
    case "cancelled":
      return `Cancelled after ${run.progress.processed.toLocaleString("en")} of ${run.progress.total.toLocaleString("en")} tickets; no results are shown for a partial run.`;
    default: {
      const never: never = run.status;
      return String(never);
    }
  }
}
