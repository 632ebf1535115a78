import { createHmac } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@prisma/client";
import { POST as postHelpdesk } from "../../app/api/webhooks/helpdesk/[connectionId]/route";
import { getPrisma } from "../../server/db";
import { InboundPayloadError, type HelpdeskConnector, type TInboundRequest } from "../../server/helpdesk/contract";
import { receiveWebhook } from "../../server/services/connections/receive-webhook";
import type { TOpenConnection } from "../../server/services/connections/open-connection";
import type { OutboxDispatcher } from "../../server/services/outbox/outbox-dispatcher";
import { ticketWorkflowId } from "../../server/services/tickets/flow-starter";
import { getTemporalClient } from "../../temporal/client";
import { flow, n } from "../../workflows/compile/test-graphs";
import { RUN_STATE_QUERY } from "../../workflows/interpret/live/signals";
import type { RunState } from "../../workflows/interpret/types";
import type { TFlowGraph } from "../../workflows/model/graph";
import { eventually, publishLive, startInProcessWorker, uniqueId } from "./helpers";
import { recordingStarter } from "./recording-starter";
import { testOutbox } from "./test-outbox";

/**
 * The helpdesk webhook end to end on a stand-in connector (its signature an HMAC of the body, its body the events
 * as JSON): verification, replay refusal, unreadable bodies, and each event type reaching the ticket and its run.
 */
const prisma = getPrisma();
const SECRET = "test-webhook-secret";
const starter = recordingStarter();
let outbox: OutboxDispatcher;
let worker: { stop(): Promise<void> } | undefined;

const standIn: HelpdeskConnector<unknown, unknown> = {
  kind: "zendesk",
  title: "Stand-in",
  settingsSchema: {} as never,
  secretsSchema: {} as never,
  fields: [],
  verify(req, secrets) {
    const expected = createHmac("sha256", (secrets as { secret: string }).secret).update(req.rawBody).digest("base64");
    if (req.headers["x-test-signature"] !== expected) return { ok: false, reason: "the signature does not match the webhook secret" };
    return { ok: true, deliveryId: req.headers["x-test-delivery"] ?? expected };
  },
  parse(req) {
    try {
      return (JSON.parse(req.rawBody) as { events: never[] }).events;
    } catch {
      throw new InboundPayloadError("the body is not JSON");
    }
  },
  client: () => {
    throw new Error("not used");
  },
  setupGuide: () => ({ steps: [] }),
};

/** Opens the stored row with the stand-in connector: its secrets are the test's, its settings empty. */
async function openStandIn(db: PrismaClient, id: string): Promise<TOpenConnection | null> {
  const row = await db.connection.findUnique({ where: { id } });
  if (row === null) return null;
  return { id, kind: "zendesk", name: row.name, enabled: row.enabled, settings: {}, secrets: { secret: SECRET }, connector: standIn, updatedAt: row.updatedAt };
}

function delivery(body: unknown, { secret = SECRET, id = uniqueId("delivery") } = {}): TInboundRequest {
  const rawBody = typeof body === "string" ? body : JSON.stringify(body);
  const signature = createHmac("sha256", secret).update(rawBody).digest("base64");
  return { rawBody, headers: { "content-type": "application/json", "x-test-signature": signature, "x-test-delivery": id }, receivedAt: new Date() };
}

const receive = (connectionId: string, request: TInboundRequest) => receiveWebhook({ prisma, outbox, open: openStandIn }, connectionId, request);

async function newConnection(enabled = true): Promise<string> {
  const row = await prisma.connection.create({ data: { kind: "zendesk", name: uniqueId("Helpdesk"), settings: {}, sealedSecrets: "unused by the stand-in", enabled } });
  return row.id;
}

const created = (externalTicketId: string) => ({
  type: "ticket.created",
  externalTicketId,
  subject: "Where is my parcel?",
  body: "It was due on Monday",
  channel: "email",
  customer: { externalId: `cust-${externalTicketId}`, email: "ada@example.com", name: "Ada" },
});

async function runState(workflowId: string): Promise<RunState> {
  const client = await getTemporalClient();
  return client.workflow.getHandle(workflowId).query<RunState>(RUN_STATE_QUERY);
}

beforeAll(async () => {
  // Waits for the customer for an hour: the run is still there to hear every other event.
  const graph = flow({ t: n.trigger(), w: n.waitFor("1h"), done: n.end(), late: n.end() }, ["t -> w", "w:replied -> done", "w:timeout -> late"]);
  await publishLive(prisma, uniqueId("Helpdesk events"), graph as unknown as TFlowGraph);
  outbox = testOutbox(prisma, starter, { sweepMs: 200, sweepGraceMs: 0 });
  outbox.startSweep();
  worker = await startInProcessWorker();
});

afterAll(async () => {
  await outbox?.stop();
  await worker?.stop();
});

describe("the helpdesk webhook", () => {
  it("turns a signed new ticket into a connected ticket whose run starts, told it is connected", async () => {
    const connectionId = await newConnection();
    const answer = await receive(connectionId, delivery({ events: [created("zd-1")] }));
    expect(answer).toEqual({ status: 200, body: { ok: true, events: 1, ticketsCreated: 1, repeats: 0, messagesAdded: 0, ticketsUpdated: 0, ticketsRated: 0, unknownTickets: 0 } });

    const ticket = await prisma.ticket.findUniqueOrThrow({ where: { source_externalId: { source: `conn:${connectionId}`, externalId: "zd-1" } }, include: { customer: true } });
    expect(ticket.connectionId).toBe(connectionId);
    expect(ticket.subject).toBe("Where is my parcel?");
    expect(ticket.body).toBe("It was due on Monday");
    expect(ticket.customer).toMatchObject({ externalId: "cust-zd-1", email: "ada@example.com", name: "Ada" });
    const workflowId = ticketWorkflowId(ticket.id);
    const input = await eventually("the run to start", async () => starter.inputs.get(workflowId));
    expect(input.connected).toBe(true);
    expect(input.mode).toBe("live");
    await eventually("the run to wait for the customer", () => prisma.runEvent.findFirst({ where: { run: { workflowId }, nodeId: "w", decision: "waiting" } }));

    const connection = await prisma.connection.findUniqueOrThrow({ where: { id: connectionId } });
    expect(connection.lastEventAt).not.toBeNull();
    expect(connection.lastError).toBeNull();
  });

  it("refuses a bad signature with 401 and the reason, and stores nothing of it", async () => {
    const connectionId = await newConnection();
    const answer = await receive(connectionId, delivery({ events: [created("zd-bad")] }, { secret: "not the secret" }));
    expect(answer).toEqual({ status: 401, body: { error: "A webhook was refused: the signature does not match the webhook secret" } });
    expect(await prisma.ticket.count({ where: { source: `conn:${connectionId}` } })).toBe(0);
    expect(await prisma.webhookReceipt.count({ where: { connectionId } })).toBe(0);
    const connection = await prisma.connection.findUniqueOrThrow({ where: { id: connectionId } });
    expect(connection.lastError).toBe("A webhook was refused: the signature does not match the webhook secret");
    expect(connection.lastEventAt).toBeNull();
  });

  it("refuses the same delivery the second time with 401, and the ticket stays one", async () => {
    const connectionId = await newConnection();
    const once = delivery({ events: [created("zd-twice")] });
    expect((await receive(connectionId, once)).status).toBe(200);
    const again = await receive(connectionId, { ...once, receivedAt: new Date() });
    expect(again.status).toBe(401);
    expect(again.body).toEqual({ error: "A webhook was refused: already received (the same delivery came twice, so it was not applied again)" });
    expect(await prisma.ticket.count({ where: { source: `conn:${connectionId}` } })).toBe(1);
    expect(await prisma.webhookReceipt.count({ where: { connectionId } })).toBe(1);
  });

  it("answers 404 for an unknown connection and for one turned off, 413 for an oversized body and 422 for an unreadable one", async () => {
    const unknown = await postHelpdesk(new Request("http://test/api/webhooks/helpdesk/nope", { method: "POST", body: "{}" }), { params: Promise.resolve({ connectionId: "nope" }) });
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as { error: string }).error).toMatch(/^No helpdesk connection nope/);

    const off = await newConnection(false);
    const turnedOff = await receive(off, delivery({ events: [created("zd-off")] }));
    expect(turnedOff.status).toBe(404);
    expect((turnedOff.body as { error: string }).error).toMatch(/is turned off/);
    expect(await prisma.ticket.count({ where: { source: `conn:${off}` } })).toBe(0);

    const huge = new Request("http://test/api/webhooks/helpdesk/x", { method: "POST", body: new ReadableStream({ pull: (c) => c.enqueue(new Uint8Array(64 * 1024)) }), duplex: "half" } as RequestInit);
    const tooLarge = await postHelpdesk(huge, { params: Promise.resolve({ connectionId: "x" }) });
    expect(tooLarge.status).toBe(413);

    const connectionId = await newConnection();
    const unreadable = await receive(connectionId, delivery("this is not JSON"));
    expect(unreadable).toEqual({ status: 422, body: { error: "A webhook could not be read: the body is not JSON" } });
    expect(await prisma.webhookReceipt.count({ where: { connectionId } })).toBe(0);
    expect((await prisma.connection.findUniqueOrThrow({ where: { id: connectionId } })).lastError).toBe("A webhook could not be read: the body is not JSON");
  });

  it("brings each event to the ticket and to its run: updates through the mappings, replies, notes, ratings", async () => {
    const connectionId = await newConnection();
    const queue = await prisma.queue.create({ data: { name: uniqueId("billing") } });
    await prisma.connectionMapping.createMany({
      data: [
        { connectionId, kind: "queue", local: queue.name, remoteId: "group-7" },
        { connectionId, kind: "agent", local: "grace@acme.test", remoteId: "user-3" },
      ],
    });
    await receive(connectionId, delivery({ events: [created("zd-life")] }));
    const ticket = await prisma.ticket.findUniqueOrThrow({ where: { source_externalId: { source: `conn:${connectionId}`, externalId: "zd-life" } } });
    const workflowId = ticketWorkflowId(ticket.id);
    await eventually("the run to wait for the customer", () => prisma.runEvent.findFirst({ where: { run: { workflowId }, nodeId: "w", decision: "waiting" } }));

    const update = { type: "ticket.updated", externalTicketId: "zd-life", status: "pending", priority: "high", remoteGroupId: "group-7", remoteAssigneeId: "user-3" };
    expect((await receive(connectionId, delivery({ events: [update] }))).body).toMatchObject({ ticketsUpdated: 1 });
    expect(await prisma.ticket.findUniqueOrThrow({ where: { id: ticket.id } })).toMatchObject({ status: "pending", priority: "high", queueId: queue.id, assignee: "grace@acme.test" });
    const updated = await eventually("the run to hear the update", async () => {
      const state = await runState(workflowId);
      return state.ticket?.queue === queue.name ? state : null;
    });
    expect(updated.ticket).toMatchObject({ status: "pending", priority: "high", queue: queue.name });

    // The helpdesk echoing the same values, and a group nobody mapped, change nothing.
    const echo = { ...update, remoteGroupId: "group-unknown", remoteAssigneeId: "user-unknown" };
    expect((await receive(connectionId, delivery({ events: [echo] }))).body).toMatchObject({ ticketsUpdated: 0, repeats: 1 });
    expect(await prisma.ticket.findUniqueOrThrow({ where: { id: ticket.id } })).toMatchObject({ queueId: queue.id, assignee: "grace@acme.test" });

    const agentReply = { type: "message.added", externalTicketId: "zd-life", externalMessageId: "c-1", author: "agent", authorName: "Grace", body: "We are on it" };
    const note = { type: "message.added", externalTicketId: "zd-life", externalMessageId: "c-2", author: "agent", body: "Carrier says Friday", internal: true };
    const rating = { type: "ticket.rated", externalTicketId: "zd-life", score: 4 };
    const stranger = { type: "message.added", externalTicketId: "zd-older-than-the-connection", externalMessageId: "c-9", author: "customer", body: "Hello?" };
    expect((await receive(connectionId, delivery({ events: [agentReply, rating, stranger] }))).body).toEqual({
      ok: true,
      events: 3,
      ticketsCreated: 0,
      repeats: 0,
      messagesAdded: 1,
      ticketsUpdated: 0,
      ticketsRated: 1,
      unknownTickets: 1,
    });
    // A later delivery, so the note's time differs from the reply's and the run would show which one it heard.
    expect((await receive(connectionId, delivery({ events: [note] }))).body).toMatchObject({ messagesAdded: 1 });
    const stored = await prisma.ticket.findUniqueOrThrow({ where: { id: ticket.id }, include: { messages: { orderBy: { createdAt: "asc" } } } });
    expect(stored.csat).toBe(4);
    expect(stored.firstResponseAt).not.toBeNull();
    expect(stored.messages.map((m) => ({ author: m.author, body: m.body, internal: m.internal, externalId: m.externalId }))).toEqual([
      { author: "customer", body: "It was due on Monday", internal: false, externalId: null },
      { author: "agent", body: "We are on it", internal: false, externalId: "c-1" },
      { author: "agent", body: "Carrier says Friday", internal: true, externalId: "c-2" },
    ]);
    const heard = await eventually("the run to hear the agent's reply", async () => {
      const state = await runState(workflowId);
      return state.ticket?.lastAgentReplyAt ? state : null;
    });
    expect(heard.ticket?.firstResponseAt).toBe(stored.firstResponseAt!.toISOString());

    const customerReply = { type: "message.added", externalTicketId: "zd-life", externalMessageId: "c-3", author: "customer", body: "Thanks, Friday is fine" };
    await receive(connectionId, delivery({ events: [customerReply] }));
    const done = await eventually("the run to finish on the customer's reply", () =>
      prisma.flowRun.findFirst({ where: { workflowId, status: "completed" }, include: { events: { orderBy: { seq: "asc" } } } }),
    );
    expect(done.events.map((e) => `${e.nodeId}:${e.decision}`)).toContain("w:replied");
    const final = await runState(workflowId);
    expect(final.ticket?.latestCustomerMessage).toBe("Thanks, Friday is fine");
    // Signals arrive in order, so by the customer's reply the run has heard all before it: the note was never one.
    expect(final.ticket?.lastAgentReplyAt).toBe(stored.messages[1]!.createdAt.toISOString());
  });
});
