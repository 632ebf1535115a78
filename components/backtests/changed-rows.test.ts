import { describe, expect, it } from "vitest";
import type { OutcomeSummary } from "@/server/backtest/types";
import { changeReasons, facet, outcomeChange, toChangedRow } from "./changed-rows";

const routed: OutcomeSummary = {
  kind: "routed",
  queue: "billing",
  tier: 2,
  escalationReason: null,
  aiReply: null,
  intent: "refund",
  intentConfidence: 0.9,
  firstResponseSec: 600,
  resolutionSec: 3600,
  slaBreached: false,
};

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

it("flattens a changed ticket and counts the filter values", () => {
  const base = { subject: "", category: null, createdAt: "2026-01-02T03:04:05Z", baseline: routed, explanation: "x" };
  const rows = [
    toChangedRow({ ...base, ticketId: "a", candidate: { ...routed, kind: "escalated" }, divergenceNodeId: "human?" }),
    toChangedRow({ ...base, ticketId: "b", candidate: { ...routed, kind: "escalated" }, divergenceNodeId: "human?" }),
    toChangedRow({ ...base, ticketId: "c", candidate: { ...routed, queue: "cards" }, divergenceNodeId: "by-intent" }),
  ];
  expect(rows[0]).toMatchObject({ subject: "(no subject)", category: "—", createdAt: new Date("2026-01-02T03:04:05Z") });
  expect(facet(rows, "divergenceNodeId")).toEqual([
    { value: "human?", count: 2 },
    { value: "by-intent", count: 1 },
  ]);
  expect(facet(rows, "change").map((f) => f.value)).toEqual(["routed → escalated", "routed, queue: billing → cards"]);
});

it("groups the changed tickets by where the runs part and what changed, most first, with the oldest as the example", () => {
  const base = { subject: "s", category: null, createdAt: "2026-01-02T03:04:05Z", baseline: routed };
  const escalated = { ...routed, kind: "escalated" as const };
  const rows = [
    toChangedRow({ ...base, ticketId: "a", candidate: { ...routed, queue: "cards" }, divergenceNodeId: "by-intent", explanation: "a: cards" }),
    toChangedRow({ ...base, ticketId: "b", candidate: escalated, divergenceNodeId: "human?", explanation: "b: human" }),
    toChangedRow({ ...base, ticketId: "c", candidate: escalated, divergenceNodeId: "human?", explanation: "c: human" }),
    toChangedRow({ ...base, ticketId: "d", candidate: escalated, divergenceNodeId: "by-intent", explanation: "d: escalated at by-intent" }),
  ];
  expect(changeReasons(rows)).toEqual([
    { divergenceNodeId: "human?", change: "routed → escalated", count: 2, example: "b: human" },
    { divergenceNodeId: "by-intent", change: "routed → escalated", count: 1, example: "d: escalated at by-intent" },
    { divergenceNodeId: "by-intent", change: "routed, queue: billing → cards", count: 1, example: "a: cards" },
  ]);
  expect(changeReasons([])).toEqual([]);
});
