import { nodeName, outcomeChange } from "@/lib/backtests/change-reasons";
import type { BaselineKind, OutcomeSummary } from "@/workflows/interpret/replay/types";

/** A changed ticket as the table shows it: flat, string-valued columns that sort and filter as they read. */
export interface ChangedRow {
  ticketId: string;
  subject: string;
  category: string;
  createdAt: Date;
  /** Every difference named: "Priority: high → urgent · Message to the customer changed". */
  change: string;
  divergenceNodeId: string;
  /** The node where the sides part, by its label. */
  divergenceNode: string;
  explanation: string;
}

export interface ChangedTicketInput {
  ticketId: string;
  subject: string;
  category: string | null;
  createdAt: Date | string;
  baseline: OutcomeSummary;
  candidate: OutcomeSummary;
  divergenceNodeId: string;
  divergenceNodeLabel?: string | null;
  explanation: string;
}

export function toChangedRow(t: ChangedTicketInput, baselineKind: BaselineKind = "version"): ChangedRow {
  return {
    ticketId: t.ticketId,
    subject: t.subject || "(no subject)",
    category: t.category ?? "—",
    createdAt: new Date(t.createdAt),
    change: outcomeChange(t.baseline, t.candidate, baselineKind),
    divergenceNodeId: t.divergenceNodeId,
    divergenceNode: nodeName({ id: t.divergenceNodeId, label: t.divergenceNodeLabel ?? undefined }),
    explanation: t.explanation,
  };
}

/** The distinct values of a column with how often each occurs, most frequent first: the filter menus. */
export function facet(rows: readonly ChangedRow[], key: "divergenceNode" | "change"): Array<{ value: string; count: number }> {
  const counts = new Map<string, number>();
  for (const row of rows) counts.set(row[key], (counts.get(row[key]) ?? 0) + 1);
  return [...counts].map(([value, count]) => ({ value, count })).sort((x, y) => y.count - x.count || x.value.localeCompare(y.value));
}

