import type { OutcomeSummary } from "../../workflows/interpret/replay/types";

/**
 * Why outcomes changed, in groups: by the node where the two runs part and what changed. Shared by the results
 * page (over the changed tickets it loaded) and the CLI (over every changed ticket, as batches stream by).
 */
export interface ChangeReason {
  divergenceNodeId: string;
  change: string;
  count: number;
  /** The explanation of the first such ticket added (tickets come oldest first). */
  example: string;
}

const FIELDS = ["queue", "tier", "escalationReason", "aiReply", "slaBreached"] as const;

/** The change in one phrase: the outcome kinds when they differ ("routed → escalated"), else the first field that does. */
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

/** Counts changed tickets into reasons one at a time; `reasons()` lists them, most tickets first. */
export function reasonTally() {
  const groups = new Map<string, ChangeReason>();
  return {
    add(divergenceNodeId: string, change: string, explanation: string): void {
      const key = `${divergenceNodeId}\u0000${change}`;
      const group = groups.get(key);
      if (group === undefined) groups.set(key, { divergenceNodeId, change, count: 1, example: explanation });
      else group.count++;
    },
    reasons(): ChangeReason[] {
      return [...groups.values()].sort((a, b) => b.count - a.count || a.divergenceNodeId.localeCompare(b.divergenceNodeId) || a.change.localeCompare(b.change));
    },
  };
}

/** The reasons of a list of changed tickets, already phrased (see outcomeChange). */
export function changeReasons(rows: ReadonlyArray<{ divergenceNodeId: string; change: string; explanation: string }>): ChangeReason[] {
  const tally = reasonTally();
  for (const row of rows) tally.add(row.divergenceNodeId, row.change, row.explanation);
  return tally.reasons();
}
