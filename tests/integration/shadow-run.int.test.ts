import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as postTicket } from "../../app/api/webhooks/tickets/route";
import { POST as postMessage } from "../../app/api/webhooks/tickets/[id]/messages/route";
import { getPrisma } from "../../server/db";
import { seedWorkspace } from "../../prisma/seed/seed-workspace";
import { saveDraft } from "../../server/services/flows/save-draft";
import { shadowPublish } from "../../server/services/flows/shadow-publish";
import type { TFlowGraph } from "../../workflows/model/graph";
import { eventually, exampleGraph, jsonRequest, publishLive, startInProcessWorker, uniqueId } from "./helpers";

/**
 * Shadow mode: a shadow-published version runs beside the live one on every new ticket, with the same
 * interpreter and the same conversation, and records what it would have done without doing it.
 */
const prisma = getPrisma();
let worker: { stop(): Promise<void> } | undefined;

beforeAll(async () => {
  await seedWorkspace(prisma, { demoHistory: false });
  worker = await startInProcessWorker();
});

afterAll(async () => {
  await worker?.stop();
});

describe("shadow runs", () => {
  it("run the shadow version beside the live one, trace what it would do, and change nothing", async () => {
    // Live: intent routing (v1). Shadow: the escalation flow (v2), which would escalate this ticket.
    const name = uniqueId("Shadowed");
    await publishLive(prisma, name, exampleGraph("intent-routing"));
    const flow = await prisma.flow.findFirstOrThrow({ where: { name } });
    await saveDraft(prisma, { flowId: flow.id, graph: exampleGraph("escalation-triggers") });
    const shadowVersion = await shadowPublish(prisma, { flowId: flow.id, actor: "test", message: "try escalations" });

    const response = await postTicket(
      jsonRequest("http://test/api/webhooks/tickets", {
        source: "shadow-test",
        externalId: uniqueId("s"),
        subject: "Cancel my account",
        body: "I want to cancel. Let me speak to a real person.",
        customer: { externalId: uniqueId("c") },
      }),
    );
    const { ticket, run } = (await response.json()) as { ticket: { id: string }; run: { workflowId: string } };
    const runs = await eventually("both runs to complete", async () => {
      const rows = await prisma.flowRun.findMany({ where: { ticketId: ticket.id, status: "completed" }, include: { events: true } });
      return rows.length === 2 ? rows : null;
    });
    const live = runs.find((r) => !r.shadow)!;
    const shadow = runs.find((r) => r.shadow)!;
    expect(live.workflowId).toBe(run.workflowId);
    expect(shadow.versionId).toBe(shadowVersion.id);
    expect(live.outcome).toMatchObject({ kind: "routed", queue: "general" });
    // The shadow run decided to escalate and traced every step of it...
    expect(shadow.outcome).toMatchObject({ kind: "escalated", queue: "escalations" });
    expect(shadow.events.map((e) => e.decision)).toEqual(expect.arrayContaining(["escalate", "#support-escalations", "escalations"]));
    // ...but only the live run acted: every effect belongs to it, the ticket is where live put it.
    const effects = await prisma.effect.findMany({ where: { ticketId: ticket.id } });
    expect(effects.length).toBeGreaterThan(0);
    expect(effects.every((e) => e.idempotencyKey.startsWith(`${live.workflowId}:`))).toBe(true);
    const stored = await prisma.ticket.findUniqueOrThrow({ where: { id: ticket.id }, include: { queue: true, messages: true } });
    expect(stored.queue?.name).toBe("general");
    expect(stored.messages.filter((m) => m.internal)).toHaveLength(0);
  });

  it("hear the customer's replies like the live run does", async () => {
    // Live and shadow both wait for a customer reply (24 h); one reply must wake both.
    const graph: TFlowGraph = {
      nodes: [
        { id: "t", type: "trigger", position: { x: 0, y: 0 }, data: { on: "ticket.created" } },
        { id: "w", type: "wait-for", position: { x: 200, y: 0 }, data: { event: "customer.replied", timeout: "24h" } },
        { id: "ok", type: "tag", position: { x: 400, y: 0 }, data: { add: ["replied"], remove: [] } },
        { id: "late", type: "end", position: { x: 400, y: 100 }, data: {} },
      ],
      edges: [
        { id: "t->w", source: "t", target: "w", sourceHandle: "next" },
        { id: "w:replied->ok", source: "w", target: "ok", sourceHandle: "replied" },
        { id: "w:timeout->late", source: "w", target: "late", sourceHandle: "timeout" },
      ],
    };
    const name = uniqueId("Shadow waits");
    await publishLive(prisma, name, graph);
    const flow = await prisma.flow.findFirstOrThrow({ where: { name } });
    await saveDraft(prisma, { flowId: flow.id, graph: { ...graph, nodes: graph.nodes.map((n) => (n.type === "tag" ? { ...n, data: { add: ["replied-shadow"], remove: [] } } : n)) } });
    await shadowPublish(prisma, { flowId: flow.id, actor: "test" });

    const response = await postTicket(jsonRequest("http://test/api/webhooks/tickets", { externalId: uniqueId("w"), subject: "Hi", body: "Hello", customer: { externalId: uniqueId("c") } }));
    const { ticket } = (await response.json()) as { ticket: { id: string } };
    await eventually("both runs to wait", async () => (await prisma.runEvent.count({ where: { run: { ticketId: ticket.id }, nodeId: "w" } })) === 2);
    const reply = await postMessage(jsonRequest(`http://test/api/webhooks/tickets/${ticket.id}/messages`, { author: "customer", body: "Any news?" }), {
      params: Promise.resolve({ id: ticket.id }),
    });
    expect(reply.status).toBe(201);
    const runs = await eventually("both runs to complete", async () => {
      const rows = await prisma.flowRun.findMany({ where: { ticketId: ticket.id, status: "completed" }, include: { events: { orderBy: { seq: "asc" } } } });
      return rows.length === 2 ? rows : null;
    });
    for (const r of runs) expect(r.events.map((e) => `${e.nodeId}:${e.decision}`)).toContain("w:replied");
    expect((await prisma.ticket.findUniqueOrThrow({ where: { id: ticket.id } })).tags).toEqual(["replied"]);
  });
});
