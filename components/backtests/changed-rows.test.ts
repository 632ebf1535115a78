import { expect, it } from "vitest";
import { routedOutcome } from "@/workflows/interpret/replay/test-tickets";
import { facet, toChangedRow } from "./changed-rows";

const routed = routedOutcome();

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
