import "server-only";
import type { BacktestMetrics } from "../../../workflows/interpret/replay/types";

/** The decision a lookup node's trace line takes when the backtest found no kept result (workflows/kinds/lookup.ts). */
const NOT_RECORDED = "not recorded";

/**
 * A backtest never calls a data source: it reads the result each ticket's live run kept. A ticket that never ran
 * live with the lookup has none and goes down "not found", which can make the flow look worse (or better) than it
 * will be. Said in one caveat, with how many tickets each source concerns: the larger count of the two sides, since both
 * replay the same tickets. A ticket that passes two lookups of one source counts twice; flows rarely do that.
 */
export function lookupNotRecordedCaveats(sides: ReadonlyArray<{ graph: unknown; metrics: BacktestMetrics | null | undefined }>): Array<{ kind: "lookup-not-recorded"; message: string }> {
  const worst = new Map<string, number>();
  for (const { graph, metrics } of sides) {
    if (metrics === null || metrics === undefined) continue;
    const bySource = new Map<string, number>();
    for (const node of lookupNodes(graph)) {
      const count = metrics.nodeHits[node.id]?.[NOT_RECORDED]?.count ?? 0;
      if (count > 0) bySource.set(node.source, (bySource.get(node.source) ?? 0) + count);
    }
    for (const [source, count] of bySource) worst.set(source, Math.max(worst.get(source) ?? 0, count));
  }
  if (worst.size === 0) return [];
  const counts = [...worst].map(([source, count]) => `${count.toLocaleString("en")} ${count === 1 ? "ticket" : "tickets"} had no recorded lookup result for ${source}`);
  const total = [...worst.values()].reduce((a, b) => a + b, 0);
  return [
    {
      kind: "lookup-not-recorded",
      message: `${counts.join("; ")}. A backtest never calls a data source: it reads the result kept when the ticket ran live, and ${total === 1 ? "this ticket" : "these tickets"} took the lookup's "not found" path instead.`,
    },
  ];
}

function lookupNodes(graph: unknown): Array<{ id: string; source: string }> {
  const nodes = (graph as { nodes?: unknown } | null)?.nodes;
  if (!Array.isArray(nodes)) return [];
  const out: Array<{ id: string; source: string }> = [];
  for (const node of nodes as Array<{ id?: unknown; type?: unknown; data?: { source?: unknown } }>) {
    if (node?.type === "lookup" && typeof node.id === "string" && typeof node.data?.source === "string") out.push({ id: node.id, source: node.data.source.trim() });
  }
  return out;
}
