"use client";

import { useMemo, useState } from "react";
import { useQuery } from "@tanstack/react-query";
import type { RouterOutputs } from "@/server/api/root";
import { useTRPC } from "@/components/providers/trpc-provider";
import { EmptyState } from "@/components/ui/EmptyState";
import { ErrorState } from "@/components/ui/ErrorState";
import { Section } from "@/components/ui/Section";
import { Skeleton } from "@/components/ui/Skeleton";
import { BacktestCaveats } from "./BacktestCaveats";
import { toChangedRow } from "./changed-rows";
import { ChangeReasons } from "./ChangeReasons";
import { ChangedTicketsTable, type TableFocus } from "./ChangedTicketsTable";
import { ComparisonCharts } from "./ComparisonCharts";
import { ConfusionMatrix } from "./ConfusionMatrix";
import { EscalationsTable } from "./EscalationsTable";
import { MetricCards } from "./MetricCards";
import { RulesSection } from "./RulesSection";

type Run = RouterOutputs["backtests"]["get"];

/** A completed run: metric cards with deltas, charts, escalations, routing, rules, and the changed tickets. */
export function BacktestResults({ run, result }: { run: Run; result: NonNullable<Run["result"]> }) {
  const labels = { candidateLabel: run.candidateLabel, baselineLabel: run.baselineLabel };
  return (
    <>
      <BacktestCaveats caveats={run.caveats} />
      <Section title="Metrics" aside={`${run.candidateLabel} compared with ${run.baselineLabel}`}>
        <MetricCards deltas={result.deltas} {...labels} />
      </Section>
      <Section title="Charts">
        <ComparisonCharts candidate={result.candidate} baseline={result.baseline} {...labels} />
      </Section>
      <Section title="Escalations by reason">
        <EscalationsTable candidate={result.candidate} baseline={result.baseline} {...labels} />
      </Section>
      <Section title="Routing">
        <div className="grid gap-4 xl:grid-cols-2">
          <ConfusionMatrix matrix={result.candidate.routing} label={run.candidateLabel} />
          <ConfusionMatrix matrix={result.baseline.routing} label={run.baselineLabel} />
        </div>
      </Section>
      <Section title="Rules" aside="How often each decision fired in the candidate">
        <RulesSection backtestId={run.id} />
      </Section>
      <Section title="Changed tickets" aside={<ChangedAside backtestId={run.id} count={result.changedCount} />}>
        <ChangedTickets backtestId={run.id} count={result.changedCount} baselineKind={run.baselineKind} />
      </Section>
    </>
  );
}

/** The count, and every changed ticket as a CSV file (the table loads at most 10,000; the file has them all). */
function ChangedAside({ backtestId, count }: { backtestId: string; count: number }) {
  return (
    <span className="flex items-center gap-3">
      <span>{count.toLocaleString("en")} whose outcome differs</span>
      {count > 0 && (
        <a href={`/api/backtests/${encodeURIComponent(backtestId)}/changed.csv`} download className="font-medium text-indigo-700 underline-offset-2 hover:underline">
          Download CSV
        </a>
      )}
    </span>
  );
}

function ChangedTickets({ backtestId, count, baselineKind }: { backtestId: string; count: number; baselineKind: Run["baselineKind"] }) {
  const trpc = useTRPC();
  const changed = useQuery(trpc.backtests.changed.queryOptions({ id: backtestId }, { enabled: count > 0 }));
  const rows = useMemo(() => (changed.data ?? []).map((t) => toChangedRow(t, baselineKind)), [changed.data, baselineKind]);
  const [focus, setFocus] = useState<TableFocus | null>(null);
  if (count === 0) {
    return (
      <EmptyState title="No ticket changed">
        {baselineKind === "history"
          ? "The flow routed, escalated and tiered every ticket as the history recorded."
          : "Every ticket got the same outcome, priority, tags, fields, messages, notes, notifications and SLA results from both versions."}
      </EmptyState>
    );
  }
  if (changed.isPending) {
    return (
      <div role="status" aria-label="Loading the changed tickets">
        <Skeleton className="h-64 w-full" />
      </div>
    );
  }
  if (changed.isError) return <ErrorState title="Could not load the changed tickets" message={changed.error.message} />;
  return (
    <>
      {rows.length < count && (
        <p className="mb-2 text-xs text-zinc-600">
          The table holds the {rows.length.toLocaleString("en")} oldest of {count.toLocaleString("en")} changed tickets; the CSV download has all of them.
        </p>
      )}
      <ChangeReasons rows={rows} truncated={rows.length < count} onShow={(reason) => setFocus({ divergenceNode: reason.divergenceNode, change: reason.change })} />
      <ChangedTicketsTable backtestId={backtestId} rows={rows} focus={focus} />
    </>
  );
}
