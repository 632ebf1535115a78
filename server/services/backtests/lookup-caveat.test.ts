import { describe, expect, it } from "vitest";
import { createMetrics } from "../../../workflows/interpret/replay/metrics";
import type { BacktestMetrics } from "../../../workflows/interpret/replay/types";
import { lookupNotRecordedCaveats } from "./lookup-caveat";

/*
 *  trigger ─▶ lookup(orders) "a" ─▶ lookup(billing) "b"      (the stored graph; only the lookups matter here)
 */
const graph = {
  nodes: [
    { id: "t", type: "trigger", data: { on: "ticket.created" } },
    { id: "a", type: "lookup", data: { source: "orders" } },
    { id: "b", type: "lookup", data: { source: "billing" } },
  ],
};

function hits(byNode: Record<string, Record<string, number>>): BacktestMetrics {
  const m = createMetrics();
  for (const [node, decisions] of Object.entries(byNode)) m.nodeHits[node] = Object.fromEntries(Object.entries(decisions).map(([d, count]) => [d, { count, sample: [] }]));
  return m;
}

describe("lookupNotRecordedCaveats", () => {
  it("says how many tickets had no recorded result, per source", () => {
    const caveats = lookupNotRecordedCaveats([{ graph, metrics: hits({ a: { found: 4, "not recorded": 12 }, b: { "not recorded": 1 } }) }]);
    expect(caveats).toHaveLength(1);
    expect(caveats[0]!.kind).toBe("lookup-not-recorded");
    expect(caveats[0]!.message).toMatch(/^12 tickets had no recorded lookup result for orders; 1 ticket had no recorded lookup result for billing\. /);
  });

  it("takes the larger count of the two sides, and says nothing when every lookup had a result", () => {
    const caveats = lookupNotRecordedCaveats([
      { graph, metrics: hits({ a: { "not recorded": 2 } }) },
      { graph, metrics: hits({ a: { "not recorded": 5 } }) },
    ]);
    expect(caveats[0]!.message).toMatch(/^5 tickets had no recorded lookup result for orders\. /);
    expect(lookupNotRecordedCaveats([{ graph, metrics: hits({ a: { found: 3 } }) }, { graph: null, metrics: null }])).toEqual([]);
  });
});
