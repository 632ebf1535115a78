import { expect, it } from "vitest";
import { routedOutcome } from "@/workflows/interpret/replay/test-tickets";
import { facet, toChangedRow } from "./changed-rows";

const routed = routedOutcome();

it("flattens a changed ticket, names the node by its label, and counts the filter values", () => {
  const base = { subject: "", category: null, createdAt: "2026-01-02T03:04:05Z", baseline: routed, explanation: "x" };
  const rows = [
    toChangedRow({ ...base, ticketId: "a", candidate: { ...routed, kind: "escalated" }, divergenceNodeId: "human?", divergenceNodeLabel: "Needs a human?" }),
    toChangedRow({ ...base, ticketId: "b", candidate: { ...routed, kind: "escalated" }, divergenceNodeId: "human?", divergenceNodeLabel: "Needs a human?" }),
    toChangedRow({ ...base, ticketId: "c", candidate: { ...routed, queue: "cards" }, divergenceNodeId: "by-intent" }),
  ];
  expect(rows[0]).toMatchObject({ subject: "(no subject)", category: "—", createdAt: new Date("2026-01-02T03:04:05Z"), divergenceNode: "Needs a human?" });
  expect(facet(rows, "divergenceNode")).toEqual([
    { value: "Needs a human?", count: 2 },
    { value: "by-intent", count: 1 },
  ]);
  expect(facet(rows, "change").map((f) => f.value)).toEqual(["Outcome: routed to a queue → escalated", "Queue: billing → cards"]);
});

it("against the history, names only what the history recorded", () => {
  const row = toChangedRow(
    { ticketId: "a", subject: "s", category: "c", createdAt: "2026-01-02T03:04:05Z", baseline: { ...routed, aiReply: null }, candidate: { ...routed, queue: "cards", aiReply: "sent" }, divergenceNodeId: "r", explanation: "x" },
    "history",
  );
  expect(row.change).toBe("Queue: billing → cards");
});
