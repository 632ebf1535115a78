import type { OutcomeSummary } from "@/server/backtest/types";

/** A changed ticket as the table shows it: flat, string-valued columns that sort and filter as they read. */
export interface ChangedRow {
  ticketId: string;
  subject: string;
  category: string;
  createdAt: Date;
  /** "routed → escalated", or the field that changed when the outcome kind did not ("queue: billing → cards"). */
  change: string;
  divergenceNodeId: string;
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
  explanation: string;
}

export function toChangedRow(t: ChangedTicketInput): ChangedRow {
  return {
    ticketId: t.ticketId,
    subject: t.subject || "(no subject)",
    category: t.category ?? "—",
    createdAt: new Date(t.createdAt),
    change: outcomeChange(t.baseline, t.candidate),
    divergenceNodeId: t.divergenceNodeId,
    explanation: t.explanation,
  };
}

const FIELDS = ["queue", "tier", "escalationReason", "aiReply", "slaBreached"] as const;

/** The change in one phrase: the outcome kinds when they differ, else the first field that does. */
export function outcomeChange(a: OutcomeSummary, b: OutcomeSummary): string {
  if (a.kind !== b.kind) return `${a.kind} → ${b.kind}`;
  for (const field of FIELDS) {
    if (a[field] !== b[field]) return `${a.kind}, ${label(field)}: ${show(a[field])} → ${show(b[field])}`;
  }
  return `${a.kind}, timing`;
}

function label(field: (typeof FIELDS)[number]): string {
  return { queue: "queue", tier: "tier", escalationReason: "reason", aiReply: "AI reply", slaBreached: "SLA breached" }[field];
}

function show(value: unknown): string {
  return value === null || value === undefined ? "none" : String(value);
}

/** The distinct values of a column with how often each occurs, most frequent first: the filter menus. */
export function facet(rows: readonly ChangedRow[], key: "divergenceNodeId" | "change"): Array<{ value: string; count: number }> {
  const counts = new Map<string, number>();
  for (const row of rows) counts.set(row[key], (counts.get(row[key]) ?? 0) + 1);
  return [...counts].map(([value, count]) => ({ value, count })).sort((x, y) => y.count - x.count || x.value.localeCompare(y.value));
}

/** One reason outcomes changed: where the two runs part and what changed, with how many tickets and an example. */
export interface ChangeReason {
  divergenceNodeId: string;
  change: string;
  count: number;
  /** The explanation of the oldest such ticket (rows come oldest first). */
  example: string;
}

/** The changed tickets grouped by where the runs part and what changed, most tickets first: why the outcomes moved. */
export function changeReasons(rows: readonly ChangedRow[]): ChangeReason[] {
  const groups = new Map<string, ChangeReason>();
  for (const row of rows) {
    const key = `${row.divergenceNodeId}\u0000${row.change}`;
    const group = groups.get(key);
    if (group === undefined) groups.set(key, { divergenceNodeId: row.divergenceNodeId, change: row.change, count: 1, example: row.explanation });
    else group.count++;
  }
  return [...groups.values()].sort((a, b) => b.count - a.count || a.divergenceNodeId.localeCompare(b.divergenceNodeId) || a.change.localeCompare(b.change));
}
