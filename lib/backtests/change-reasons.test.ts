import { describe, expect, it } from "vitest";
import { routedOutcome } from "../../workflows/interpret/replay/test-tickets";
import { changeReasons, outcomeChange, reasonTally } from "./change-reasons";

const routed = routedOutcome();

describe("outcomeChange", () => {
  it("names every difference, short values with both sides, long ones by what changed", () => {
    expect(outcomeChange(routed, { ...routed, kind: "escalated", escalationReason: "asks for a human" })).toBe(
      "Outcome: routed to a queue → escalated · Escalation reason: none → asks for a human",
    );
    expect(outcomeChange(routed, { ...routed, queue: "cards" })).toBe("Queue: billing → cards");
    expect(outcomeChange({ ...routed, priority: "high", customerMessages: ["Short"] }, { ...routed, priority: "urgent", customerMessages: ["A much longer message to the customer than fits in a phrase"] })).toBe(
      "Priority: high → urgent · Message to the customer changed",
    );
  });

  it("against the history, names only what it recorded", () => {
    expect(outcomeChange({ ...routed, escalationReason: null }, { ...routed, queue: "cards", escalationReason: "x" }, "history")).toBe("Queue: billing → cards");
  });

  it("says so when only the predicted times differ (a ticket kept by an older comparison)", () => {
    expect(outcomeChange(routed, { ...routed, firstResponseSec: 60 })).toBe("Timing only");
  });
});

describe("changeReasons", () => {
  it("groups the changed tickets by where the runs part and what changed, most first, named by the node's label", () => {
    const rows = [
      { divergenceNodeId: "by-intent", divergenceNode: "By intent", change: "Queue: billing → cards", explanation: "a: cards" },
      { divergenceNodeId: "human?", divergenceNode: "Needs a human?", change: "Outcome: routed to a queue → escalated", explanation: "b: human" },
      { divergenceNodeId: "human?", divergenceNode: "Needs a human?", change: "Outcome: routed to a queue → escalated", explanation: "c: human" },
      { divergenceNodeId: "by-intent", divergenceNode: "By intent", change: "Outcome: routed to a queue → escalated", explanation: "d" },
    ];
    expect(changeReasons(rows)).toEqual([
      { divergenceNodeId: "human?", divergenceNode: "Needs a human?", change: "Outcome: routed to a queue → escalated", count: 2, example: "b: human" },
      { divergenceNodeId: "by-intent", divergenceNode: "By intent", change: "Outcome: routed to a queue → escalated", count: 1, example: "d" },
      { divergenceNodeId: "by-intent", divergenceNode: "By intent", change: "Queue: billing → cards", count: 1, example: "a: cards" },
    ]);
    expect(changeReasons([])).toEqual([]);
  });

  it("tallies one ticket at a time as the stream goes by, naming a node without a label by its id", () => {
    const tally = reasonTally();
    tally.add({ id: "n" }, "Queue: a → b", "first");
    tally.add({ id: "m", label: "Route" }, "Timing only", "other");
    tally.add({ id: "n" }, "Queue: a → b", "second");
    tally.add({ id: "" }, "Queue: a → c", "nothing");
    expect(tally.reasons()).toEqual([
      { divergenceNodeId: "n", divergenceNode: "n", change: "Queue: a → b", count: 2, example: "first" },
      { divergenceNodeId: "", divergenceNode: "no step", change: "Queue: a → c", count: 1, example: "nothing" },
      { divergenceNodeId: "m", divergenceNode: "Route", change: "Timing only", count: 1, example: "other" },
    ]);
  });
});
