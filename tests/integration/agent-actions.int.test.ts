import { randomBytes, randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as postTicket } from "../../app/api/webhooks/tickets/route";
import { createCaller } from "../../server/api/root";
import { getPrisma } from "../../server/db";
import { createConnection } from "../../server/services/connections/create-connection";
import { connectionSource } from "../../server/services/connections/apply-inbound-events";
import { saveMappings } from "../../server/services/connections/save-mappings";
import { seedWorkspace } from "../../prisma/seed/seed-workspace";
import { getTemporalClient } from "../../temporal/client";
import { RUN_STATE_QUERY } from "../../workflows/interpret/live/signals";
import type { RunState } from "../../workflows/interpret/types";
import { contextAs, trpcCodeOf } from "../auth";
import { startZendeskFake, type ZendeskFake } from "../fakes/zendesk-api";
import { eventually, exampleGraph, jsonRequest, publishLive, startInProcessWorker, uniqueId } from "./helpers";

/**
 * An agent working a ticket from the studio: a reply reaches the ticket's live run as a signal (a flow waiting for a
 * first response moves on), a field change reaches it too, and on a connected ticket each action reaches the helpdesk
 * once; a refusal from the helpdesk stores nothing.
 */
const prisma = getPrisma();
process.env.STUDIO_SECRET_KEY ??= randomBytes(32).toString("base64");
const agent = () => createCaller(contextAs("agent", "agent@test.local"));
let worker: { stop(): Promise<void> } | undefined;
let zd: ZendeskFake;
let connectionId: string;
const GROUP = 360002;

beforeAll(async () => {
  await seedWorkspace(prisma, { demoHistory: false });
  await prisma.queue.upsert({ where: { name: "Billing" }, create: { name: "Billing" }, update: {} });
  zd = await startZendeskFake({ groups: [{ id: GROUP, name: "Billing" }] });
  const connection = await createConnection(
    prisma,
    { kind: "zendesk", name: uniqueId("Zendesk"), enabled: true, settings: { subdomain: "acme", agentEmail: zd.email, baseUrl: zd.baseUrl }, secrets: { apiToken: zd.token, webhookSecret: "whsec" } },
    "test",
  );
  connectionId = connection.id;
  await saveMappings(prisma, { connectionId, queues: [{ local: "Billing", remoteId: String(GROUP) }], agents: [] }, "test");
  worker = await startInProcessWorker();
});

afterAll(async () => {
  await worker?.stop();
  await zd?.close();
});

async function webhookTicket(body: Record<string, unknown>): Promise<{ ticketId: string; workflowId: string }> {
  const response = await postTicket(jsonRequest("http://test/api/webhooks/tickets", body));
  expect(response.status).toBe(201);
  const { ticket, run } = (await response.json()) as { ticket: { id: string }; run: { workflowId: string } };
  return { ticketId: ticket.id, workflowId: run.workflowId };
}

async function connectedTicket(): Promise<{ id: string; externalId: string }> {
  const externalId = String(40_000 + Math.floor(Math.random() * 30_000));
  const customer = await prisma.customer.create({ data: { source: "test", externalId: uniqueId("cust"), name: "Dana" } });
  const ticket = await prisma.ticket.create({
    data: { source: connectionSource(connectionId), externalId, connectionId, customerId: customer.id, subject: "Charged twice", body: "Refund one please", status: "open" },
  });
  return { id: ticket.id, externalId };
}

describe("an agent's actions on a ticket", () => {
  it("a reply reaches the live run waiting for a first response, once however often it is sent, and a priority change reaches it too", async () => {
    await publishLive(prisma, uniqueId("SLA 1h"), exampleGraph("sla-escalation"));
    const { ticketId, workflowId } = await webhookTicket({
      source: "zendesk",
      externalId: uniqueId("agent-reply"),
      subject: "Locked out of my account",
      body: "I am locked out and cannot log in, this is urgent",
      channel: "email",
      customer: { externalId: uniqueId("cust"), name: "Grace", plan: "pro", enterprise: true },
    });
    await eventually("the SLA timer to start", () => prisma.runEvent.findFirst({ where: { run: { workflowId }, nodeId: "sla", decision: "waiting" } }));

    const change = await agent().tickets.changeField({ ticketId, change: { field: "priority", value: "high" }, requestId: randomUUID() });
    expect(change).toEqual({ changed: true, runsSignalled: 1 });
    const client = await getTemporalClient();
    await eventually("the run to hear the priority", async () => (await client.workflow.getHandle(workflowId).query<RunState>(RUN_STATE_QUERY)).ticket?.priority === "high");

    const note = await agent().tickets.postMessage({ ticketId, kind: "note", body: "Checking the login logs first", requestId: randomUUID() });
    expect(note.runsSignalled).toBe(0);
    const requestId = randomUUID();
    const first = await agent().tickets.postMessage({ ticketId, kind: "reply", body: "Looking into it now", requestId });
    const again = await agent().tickets.postMessage({ ticketId, kind: "reply", body: "Looking into it now", requestId });
    expect(first).toMatchObject({ created: true, runsSignalled: 1 });
    expect(again).toMatchObject({ created: false, messageId: first.messageId });

    const done = await eventually("the run to complete", () => prisma.flowRun.findFirst({ where: { workflowId, status: "completed" } }));
    expect(done.outcome).toMatchObject({ label: "sla-met" });
    const ticket = await prisma.ticket.findUniqueOrThrow({ where: { id: ticketId }, include: { messages: { where: { author: "agent" }, orderBy: { createdAt: "asc" } } } });
    expect(ticket.firstResponseAt).toEqual(ticket.messages.find((m) => !m.internal)!.createdAt);
    expect(ticket.messages.map((m) => [m.internal, m.authorName, m.body])).toEqual([
      [true, "agent", "Checking the login logs first"],
      [false, "agent", "Looking into it now"],
    ]);
    const audit = await prisma.auditLog.findMany({ where: { subject: ticketId }, orderBy: { createdAt: "asc" } });
    expect(audit.map((a) => [a.actor, a.action])).toEqual([
      ["agent@test.local", "ticket.priority"],
      ["agent@test.local", "ticket.note"],
      ["agent@test.local", "ticket.reply"],
    ]);
  });

  it("the handoff package names only the criterion that held, as the handoff note does", async () => {
    await publishLive(prisma, uniqueId("Escalation triggers"), exampleGraph("escalation-triggers"));
    const { ticketId, workflowId } = await webhookTicket({
      source: "zendesk",
      externalId: uniqueId("enterprise"),
      subject: "Invoice address",
      body: "Could you update the address on our invoices? Thanks",
      channel: "email",
      customer: { externalId: uniqueId("cust"), name: "Ada", plan: "business", enterprise: true },
    });
    await eventually("the run to complete", () => prisma.flowRun.findFirst({ where: { workflowId, status: "completed" } }));
    const pkg = await agent().tickets.handoff({ id: ticketId });
    expect(pkg.escalationReason).toBe("Met an escalation criterion");
    expect(pkg.held.map((h) => h.says)).toContain("Enterprise account is true");
    expect(pkg.held.map((h) => h.says).join()).not.toMatch(/asks for a human|Sentiment|contains any of "cancel"|Contacts/);
    expect(pkg.lines.map((l) => l.nodeId)).toEqual(["needs-human", "escalate"]);
    expect(pkg.customer).toMatchObject({ plan: "business", enterprise: true, contactsLast24h: 1, openTickets: 0 });
    const note = await prisma.message.findFirstOrThrow({ where: { ticketId, author: "system", internal: true } });
    expect(note.body).toMatch(/^Escalated: Met an escalation criterion\nWhat held: Enterprise account is true \(was true\)/);
  });

  it("on a connected ticket, each action reaches the helpdesk once", async () => {
    const { id, externalId } = await connectedTicket();
    const requestId = randomUUID();
    await agent().tickets.postMessage({ ticketId: id, kind: "reply", body: "We refunded the second charge.", requestId });
    await agent().tickets.postMessage({ ticketId: id, kind: "reply", body: "We refunded the second charge.", requestId });
    await agent().tickets.postMessage({ ticketId: id, kind: "note", body: "Refund ref R-19", requestId: randomUUID() });
    await agent().tickets.changeField({ ticketId: id, change: { field: "status", value: "pending" }, requestId: randomUUID() });
    const billing = await prisma.queue.findUniqueOrThrow({ where: { name: "Billing" } });
    await agent().tickets.changeField({ ticketId: id, change: { field: "queue", value: billing.id }, requestId: randomUUID() });

    expect(zd.violations).toEqual([]);
    const remote = zd.ticket(externalId);
    expect(remote.comments.map((c) => [c.public, c.body])).toEqual([
      [true, "We refunded the second charge."],
      [false, "Refund ref R-19"],
    ]);
    expect(remote.status).toBe("pending");
    expect(remote.group_id).toBe(GROUP);
    expect(zd.writes().filter((w) => w.path.includes(`/tickets/${externalId}`))).toHaveLength(4);
    const stored = await prisma.ticket.findUniqueOrThrow({ where: { id }, include: { messages: true } });
    expect(stored).toMatchObject({ status: "pending", queueId: billing.id });
    expect(stored.messages).toHaveLength(2);
  });

  it("a refusal from the helpdesk (422) is shown in its words and stores nothing", async () => {
    const { id, externalId } = await connectedTicket();
    zd.failNext(1, { status: 422 }, "write");
    const refused = agent().tickets.postMessage({ ticketId: id, kind: "reply", body: "This will not arrive", requestId: randomUUID() });
    await expect(refused).rejects.toThrow(/Zendesk answered 422.*Nothing was changed/);
    zd.failNext(1, { status: 422 }, "write");
    await expect(agent().tickets.changeField({ ticketId: id, change: { field: "priority", value: "urgent" }, requestId: randomUUID() })).rejects.toThrow(/Zendesk answered 422/);

    expect(await prisma.message.count({ where: { ticketId: id } })).toBe(0);
    expect(await prisma.effect.count({ where: { ticketId: id } })).toBe(0);
    expect(await prisma.auditLog.count({ where: { subject: id } })).toBe(0);
    expect((await prisma.ticket.findUniqueOrThrow({ where: { id } })).priority).toBe("normal");
    expect(zd.ticket(externalId).comments).toEqual([]);
  });

  it("only agents and admins may reply and change tickets", async () => {
    const { id } = await connectedTicket();
    for (const role of ["designer", "publisher", "manager"] as const) {
      const caller = createCaller(contextAs(role));
      expect(await trpcCodeOf(caller.tickets.postMessage({ ticketId: id, kind: "note", body: "hi", requestId: randomUUID() }))).toBe("FORBIDDEN");
      expect(await trpcCodeOf(caller.tickets.changeField({ ticketId: id, change: { field: "status", value: "solved" }, requestId: randomUUID() }))).toBe("FORBIDDEN");
    }
    const admin = createCaller(contextAs("admin"));
    expect(await trpcCodeOf(admin.tickets.postMessage({ ticketId: id, kind: "note", body: "hi", requestId: randomUUID() }))).toBe("OK");
  });
});
