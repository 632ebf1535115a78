import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as postTicket } from "../../app/api/webhooks/tickets/route";
import { POST as postMessage } from "../../app/api/webhooks/tickets/[id]/messages/route";
import { createCaller } from "../../server/api/root";
import { contextAs } from "../auth";
import { getPrisma } from "../../server/db";
import { seedWorkspace } from "../../prisma/seed/seed-workspace";
import { getTemporalClient } from "../../temporal/client";
import { RUN_STATE_QUERY } from "../../workflows/interpret/live/signals";
import type { RunState } from "../../workflows/interpret/types";
import { eventually, exampleGraph, jsonRequest, publishLive, startInProcessWorker, uniqueId } from "./helpers";
import { localActivities } from "./history";

/**
 * The whole live path against a real PostgreSQL and a real Temporal dev server: webhook → ticket →
 * ticketFlow (the interpreter) → activities → trace in the database.
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

const urgentTicket = (externalId: string) => ({
  source: "zendesk",
  externalId,
  subject: "Locked out of my account",
  body: "I am locked out and cannot log in, this is urgent",
  channel: "email",
  customer: { externalId: `cust-${externalId}`, name: "Grace", plan: "pro", enterprise: true },
});

describe("live ticket flow on Temporal", () => {
  it("classifies and routes a webhook ticket, then the SLA timer fires and the escalation is in the trace", async () => {
    const versionId = await publishLive(prisma, uniqueId("SLA 3s"), exampleGraph("sla-escalation", { sla: { within: "3s" } }));
    const externalId = uniqueId("sla");
    const response = await postTicket(jsonRequest("http://test/api/webhooks/tickets", urgentTicket(externalId)));
    expect(response.status).toBe(201);
    const body = (await response.json()) as { ticket: { id: string }; run: { workflowId: string; versionId: string } };
    expect(body.run.versionId).toBe(versionId);

    const run = await eventually("the run to complete", () =>
      prisma.flowRun.findFirst({ where: { workflowId: body.run.workflowId, status: "completed" }, include: { events: { orderBy: { seq: "asc" } } } }),
    );
    const trace = run.events.map((e) => `${e.nodeId}:${e.decision}`);
    expect(trace).toContain("classify:account_access");
    expect(trace).toEqual(expect.arrayContaining(["route-general:general", "sla:waiting", "sla:breached", "escalate:escalate", "route-escalations:escalations"]));
    expect(trace.indexOf("sla:breached")).toBeGreaterThan(trace.indexOf("sla:waiting"));
    const breach = run.events.find((e) => e.decision === "breached")!;
    expect(breach.reason).toBe("No first response within 3s: SLA breached");
    expect(run.outcome).toMatchObject({ kind: "escalated", escalationReason: "Urgent ticket unanswered past SLA", queue: "escalations" });

    const ticket = await prisma.ticket.findUniqueOrThrow({ where: { id: body.ticket.id }, include: { queue: true, effects: true } });
    expect(ticket.intent).toBe("account_access");
    expect(ticket.queue?.name).toBe("escalations");
    expect(ticket.priority).toBe("urgent");
    expect(ticket.effects.map((e) => e.kind).sort()).toEqual(["escalate", "notify", "route", "route", "update"]);
    // The agent taking over gets the provider's summary of the conversation in the handoff note.
    const note = await prisma.message.findFirstOrThrow({ where: { ticketId: ticket.id, author: "system", internal: true } });
    // Under the flow's reason, what held for this ticket: the SLA step that sent it to the escalation.
    expect(note.body).toMatch(/^Escalated: Urgent ticket unanswered past SLA\nWhat held: No first response within 3s: SLA breached\n\nConversation: .*locked out.*\n\nContext: /s);

    const client = await getTemporalClient();
    const state = await client.workflow.getHandle(body.run.workflowId).query<RunState>(RUN_STATE_QUERY);
    expect(state.status).toBe("completed");
    expect(state.trace.length).toBe(run.events.length);
  });

  it("meets the SLA when an agent replies through the messages webhook", async () => {
    await publishLive(prisma, uniqueId("SLA 1h"), exampleGraph("sla-escalation"));
    const response = await postTicket(jsonRequest("http://test/api/webhooks/tickets", urgentTicket(uniqueId("met"))));
    const { ticket, run } = (await response.json()) as { ticket: { id: string }; run: { workflowId: string } };
    await eventually("the SLA timer to start", () => prisma.runEvent.findFirst({ where: { run: { workflowId: run.workflowId }, nodeId: "sla" } }));
    const reply = await postMessage(jsonRequest(`http://test/api/webhooks/tickets/${ticket.id}/messages`, { author: "agent", body: "Looking into it now", externalId: "m1" }), {
      params: Promise.resolve({ id: ticket.id }),
    });
    expect(reply.status).toBe(201);
    expect(await reply.json()).toMatchObject({ created: true, signal: "queued" });
    const done = await eventually("the run to complete", () => prisma.flowRun.findFirst({ where: { workflowId: run.workflowId, status: "completed" } }));
    expect(done.outcome).toMatchObject({ kind: "routed", queue: "general", label: "sla-met" });
    const stored = await prisma.ticket.findUniqueOrThrow({ where: { id: ticket.id } });
    expect(stored.firstResponseAt).not.toBeNull();
  });

  it("is idempotent on (source, externalId): a repeat returns the same ticket and starts nothing", async () => {
    await publishLive(prisma, uniqueId("Routing"), exampleGraph("intent-routing"));
    const payload = { ...urgentTicket(uniqueId("dup")), body: "My card payment was declined at the shop" };
    const first = await postTicket(jsonRequest("http://test/api/webhooks/tickets", payload));
    const second = await postTicket(jsonRequest("http://test/api/webhooks/tickets", payload));
    expect(first.status).toBe(201);
    expect(second.status).toBe(200);
    const a = (await first.json()) as { ticket: { id: string }; run: { workflowId: string } };
    const b = (await second.json()) as { ticket: { id: string }; run: { workflowId: string }; created: boolean };
    expect(b.ticket.id).toBe(a.ticket.id);
    expect(b.created).toBe(false);
    // tRPC tickets.create is the same ingest: the same ticket again is a repeat there too.
    const caller = createCaller(contextAs("agent"));
    const viaTrpc = await caller.tickets.create({ ...payload, channel: "email" });
    expect(viaTrpc).toMatchObject({ ticketId: a.ticket.id, created: false });
    expect(await prisma.flowRun.count({ where: { ticketId: a.ticket.id } })).toBe(1);
    const done = await eventually("the run to complete", () => prisma.flowRun.findFirst({ where: { workflowId: a.run.workflowId, status: "completed" } }));
    expect(done.outcome).toMatchObject({ kind: "routed", queue: "cards" });
  });

  it("an effect that can never succeed fails at once, is traced, and the flow carries on", async () => {
    const queue = await prisma.queue.create({ data: { name: uniqueId("temp-queue") } });
    const graph = {
      nodes: [
        { id: "t", type: "trigger" as const, position: { x: 0, y: 0 }, data: { on: "ticket.created" as const } },
        { id: "r", type: "route" as const, position: { x: 200, y: 0 }, data: { queue: queue.name, strategy: "round-robin" as const, skills: [] } },
        { id: "g", type: "tag" as const, position: { x: 400, y: 0 }, data: { add: ["after-route"], remove: [] } },
      ],
      edges: [
        { id: "t->r", source: "t", target: "r", sourceHandle: "next" },
        { id: "r->g", source: "r", target: "g", sourceHandle: "next" },
      ],
    };
    await publishLive(prisma, uniqueId("Deleted queue"), graph);
    await prisma.queue.delete({ where: { id: queue.id } }); // deleted after publishing
    const response = await postTicket(jsonRequest("http://test/api/webhooks/tickets", urgentTicket(uniqueId("gone"))));
    const { ticket, run } = (await response.json()) as { ticket: { id: string }; run: { workflowId: string } };
    const done = await eventually("the run to complete", () =>
      prisma.flowRun.findFirst({ where: { workflowId: run.workflowId, status: "completed" }, include: { events: { orderBy: { seq: "asc" } } } }),
    );
    const failure = done.events.find((e) => e.nodeId === "r" && e.decision === "failed");
    expect(failure?.reason).toBe(`Failed: Queue "${queue.name}" does not exist`);
    expect((await prisma.ticket.findUniqueOrThrow({ where: { id: ticket.id } })).tags).toContain("after-route");
    // Non-retryable, so no attempt was repeated: the batch [route, tag] failed, then the route alone, then the tag
    // landed on its own and the finished run's last trace line after it.
    const handle = (await getTemporalClient()).workflow.getHandle(run.workflowId);
    await handle.result(); // the run row says "completed" before Temporal records the task that wrote it
    const history = await handle.fetchHistory();
    const batches = localActivities(history).filter((a) => a.type === "applyStepBatch");
    expect(batches.map((b) => b.attempt)).toEqual([1, 1, 1, 1]);
    expect(batches.map((b) => b.failed)).toEqual([true, true, false, false]);
  });

  it("answers bad input with 400 and the failing field path, and stores nothing", async () => {
    const before = await prisma.ticket.count();
    const missing = await postTicket(jsonRequest("http://test/api/webhooks/tickets", { externalId: "x", subject: "s", body: "b", customer: {} }));
    expect(missing.status).toBe(400);
    const json = (await missing.json()) as { issues: Array<{ path: string }> };
    expect(json.issues.map((i) => i.path)).toContain("customer.externalId");
    const badChannel = await postTicket(jsonRequest("http://test/api/webhooks/tickets", { ...urgentTicket("y"), channel: "fax" }));
    expect(((await badChannel.json()) as { issues: Array<{ path: string }> }).issues[0]!.path).toBe("channel");
    const notJson = await postTicket(jsonRequest("http://test/api/webhooks/tickets", "{nope"));
    expect(notJson.status).toBe(400);
    expect(await prisma.ticket.count()).toBe(before);
  });
});
