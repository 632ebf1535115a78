import { describe, expect, it } from "vitest";
import { routedOutcome } from "../../workflows/interpret/replay/test-tickets";
import { changeReasons, outcomeChange, reasonTally } from "./change-reasons";

const routed = routedOutcome();

describe("outcomeChange", () => {
  it("names the outcome kinds when they differ", () => {
    expect(outcomeChange(routed, { ...routed, kind: "escalated", escalationReason: "asks for a human" })).toBe("routed → escalated");
  });

  it("names the first differing field when the kind is the same", () => {
    expect(outcomeChange(routed, { ...routed, queue: "cards" })).toBe("routed, queue: billing → cards");
    expect(outcomeChange(routed, { ...routed, tier: null })).toBe("routed, tier: 2 → none");
  });

  it("falls back to timing when only the predicted times differ", () => {
    expect(outcomeChange(routed, { ...routed, firstResponseSec: 60 })).toBe("routed, timing");
  });
});

describe("changeReasons", () => {
  it("groups the changed tickets by where the runs part and what changed, most first, with the first as the example", () => {
    const rows = [
      { divergenceNodeId: "by-intent", change: "routed, queue: billing → cards", explanation: "a: cards" },
      { divergenceNodeId: "human?", change: "routed → escalated", explanation: "b: human" },
      { divergenceNodeId: "human?", change: "routed → escalated", explanation: "c: human" },
      { divergenceNodeId: "by-intent", change: "routed → escalated", explanation: "d: escalated at by-intent" },
    ];
    expect(changeReasons(rows)).toEqual([
      { divergenceNodeId: "human?", change: "routed → escalated", count: 2, example: "b: human" },
      { divergenceNodeId: "by-intent", change: "routed → escalated", count: 1, example: "d: escalated at by-intent" },
      { divergenceNodeId: "by-intent", change: "routed, queue: billing → cards", count: 1, example: "a: cards" },
    ]);
    expect(changeReasons([])).toEqual([]);
  });

  it("tallies one ticket at a time as the stream goes by, the same as from a list", () => {
    const tally = reasonTally();
    tally.add("n", "routed → escalated", "first");
    tally.add("m", "routed, timing", "other");
    tally.add("n", "routed → escalated", "second");
    expect(tally.reasons()).toEqual([
      { divergenceNodeId: "n", change: "routed → escalated", count: 2, example: "first" },
      { divergenceNodeId: "m", change: "routed, timing", count: 1, example: "other" },
    ]);
  });
});
