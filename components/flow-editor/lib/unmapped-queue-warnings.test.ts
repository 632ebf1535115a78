import { describe, expect, it } from "vitest";
import type { EditorGraph } from "./types";
import { unmappedQueueWarnings } from "./unmapped-queue-warnings";

const node = (id: string, type: string, data: Record<string, unknown>) => ({ id, type, position: { x: 0, y: 0 }, data }) as EditorGraph["nodes"][number];

const graph = {
  nodes: [
    node("t", "trigger", { on: "ticket.created" }),
    node("r", "route", { queue: "billing", label: "To billing" }),
    node("e", "escalate", { queue: "escalations", reason: "x" }),
    node("h", "escalate", { reason: "no queue" }),
    node("s", "set-fields", { queue: "billing" }),
  ],
};

describe("unmappedQueueWarnings", () => {
  it("warns per route or escalate node, naming each connection that lacks its queue", () => {
    const warnings = unmappedQueueWarnings(graph, [
      { name: "Acme Zendesk", title: "Zendesk", queues: ["billing"] },
      { name: "EU desk", title: "Freshdesk", queues: [] },
    ]);
    expect(warnings).toEqual([
      { nodeId: "r", message: "\"To billing\" sends tickets to the queue “billing”, which has no group mapped in Freshdesk (“EU desk”); map it in Settings → Connections." },
      {
        nodeId: "e",
        message: "\"e\" sends tickets to the queue “escalations”, which has no group mapped in Zendesk (“Acme Zendesk”), Freshdesk (“EU desk”); map it in Settings → Connections.",
      },
    ]);
  });

  it("says nothing without connections or when every queue is mapped", () => {
    expect(unmappedQueueWarnings(graph, [])).toEqual([]);
    expect(unmappedQueueWarnings(graph, [{ name: "A", title: "Zendesk", queues: ["billing", "escalations"] }])).toEqual([]);
  });
});
