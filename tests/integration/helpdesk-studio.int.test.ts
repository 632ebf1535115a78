import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as postDelivery } from "../../app/api/webhooks/helpdesk/[connectionId]/route";
import { seedWorkspace } from "../../prisma/seed/seed-workspace";
import { getPrisma } from "../../server/db";
import { createConnection } from "../../server/services/connections/create-connection";
import { flow, n } from "../../workflows/compile/test-graphs";
import type { TFlowGraph } from "../../workflows/model/graph";
import { signStudioRequest, startStudioReceiver, type StudioReceiver } from "../fakes/studio-receiver";
import { eventually, publishLive, startInProcessWorker, uniqueId } from "./helpers";

/**
 * The studio's own channel as a signed connection, end to end: a request signed with the connection's secret (made
 * up by the studio when the connection was saved) becomes a ticket whose live run starts; a replayed or forged one
 * gets 401 and changes nothing; with a callback address, the flow's effects arrive at a local receiver once each,
 * signed, named by the studio's own queue; without one, nothing is sent and the effects stay in the studio.
 *
 *   trigger ─▶ tag(own-system) ─▶ escalate(Billing, high, "Connecting you…") ─▶ end
 */
const prisma = getPrisma();
process.env.STUDIO_SECRET_KEY ??= randomBytes(32).toString("base64");
const HANDOFF = "Connecting you with a billing specialist.";

const graph = flow(
  { t: n.trigger(), g: n.tag("own-system"), e: n.raw("escalate", { reason: "Billing question", queue: "Billing", priority: "high", customerMessage: HANDOFF }), done: n.end() },
  ["t -> g", "g -> e", "e -> done"],
) as unknown as TFlowGraph;

let worker: { stop(): Promise<void> };
let receiver: StudioReceiver;
/** The receiver checks signatures with the secret the studio made up for the connection under test. */
let receiverSecret = "";

interface Own {
  id: string;
  secret: string;
}

async function ownSystem(callbackUrl: string): Promise<Own> {
  const created = await createConnection(prisma, { kind: "studio", name: uniqueId("Own system"), enabled: true, settings: { callbackUrl }, secrets: {} }, "test");
  const secret = created.generatedSecrets?.signingSecret;
  if (secret === undefined) throw new Error("the studio made up no signing secret");
  return { id: created.id, secret };
}

function signed(own: Own, body: unknown, secret = own.secret): Request {
  const rawBody = JSON.stringify(body);
  return new Request(`http://test/api/webhooks/helpdesk/${own.id}`, { method: "POST", headers: signStudioRequest(secret, rawBody), body: rawBody });
}

async function deliver(own: Own, request: Request): Promise<{ status: number; body: Record<string, unknown> }> {
  const res = await postDelivery(request, { params: Promise.resolve({ connectionId: own.id }) });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

const newTicket = (externalId: string) => ({
  type: "ticket.created",
  externalId,
  subject: "Charged twice",
  body: "I was charged twice for my order.",
  channel: "web",
  priority: "normal",
  tags: ["billing"],
  customer: { externalId: `C-${externalId}`, email: "dana@example.com", name: "Dana", plan: "pro", enterprise: true },
});

async function completedRun(ticketId: string) {
  return eventually(
    "the run to complete",
    () => prisma.flowRun.findFirst({ where: { ticketId, shadow: false, status: "completed" }, include: { events: true } }),
    120_000,
  );
}

beforeAll(async () => {
  await seedWorkspace(prisma, { demoHistory: false });
  await prisma.queue.upsert({ where: { name: "Billing" }, create: { name: "Billing" }, update: {} });
  await publishLive(prisma, uniqueId("Own system flow"), graph);
  receiver = await startStudioReceiver({ secret: () => receiverSecret });
  worker = await startInProcessWorker();
});

afterAll(async () => {
  await worker?.stop();
  await receiver?.close();
});

describe("the studio's own channel, signed", () => {
  it("runs a signed ticket's flow and posts each effect to the callback once, signed, with the studio's queue name", async () => {
    const own = await ownSystem(receiver.url);
    receiverSecret = own.secret;

    const externalId = uniqueId("T");
    const answer = await deliver(own, signed(own, newTicket(externalId)));
    expect(answer).toEqual({ status: 200, body: { ok: true, events: 1, ticketsCreated: 1, repeats: 0, messagesAdded: 0, ticketsUpdated: 0, ticketsRated: 0, unknownTickets: 0 } });
    const ticket = await prisma.ticket.findUniqueOrThrow({ where: { source_externalId: { source: `conn:${own.id}`, externalId } }, include: { customer: true } });
    expect(ticket).toMatchObject({ connectionId: own.id, channel: "web", tags: ["billing"], customer: { plan: "pro", enterprise: true } });

    const run = await completedRun(ticket.id);
    expect(run.outcome).toMatchObject({ kind: "escalated" });
    expect(run.events.filter((e) => e.decision === "failed")).toEqual([]);
    expect(receiver.violations).toEqual([]);
    expect(receiver.replays).toBe(0);
    const bodies = receiver.accepted.map((r) => r.body);
    expect(bodies.filter((b) => b.type === "reply")).toEqual([{ type: "reply", ticketExternalId: externalId, body: HANDOFF }]);
    expect(bodies).toContainEqual({ type: "assign", ticketExternalId: externalId, queue: "Billing", assignee: null });
    expect(bodies).toContainEqual({ type: "update", ticketExternalId: externalId, status: "open", priority: "high" });
    expect(bodies.filter((b) => b.type === "update" && Array.isArray(b.addTags))).toEqual([{ type: "update", ticketExternalId: externalId, addTags: ["own-system"] }]);
    expect(bodies.filter((b) => b.type === "note")).toHaveLength(1);
    expect(new Set(receiver.accepted.map((r) => r.headers["idempotency-key"])).size).toBe(receiver.accepted.length);
  });

  it("refuses a replayed or forged request with 401 and changes nothing", async () => {
    const own = await ownSystem("");
    const externalId = uniqueId("T");
    const request = signed(own, newTicket(externalId));
    const replay = request.clone();
    expect((await deliver(own, request)).status).toBe(200);
    const again = await deliver(own, replay);
    expect(again).toEqual({ status: 401, body: { error: "A webhook was refused: already received (the same delivery came twice, so it was not applied again)" } });

    const forged = await deliver(own, signed(own, newTicket(uniqueId("T-forged")), "a guessed secret, long enough to look right 0123"));
    expect(forged.status).toBe(401);
    expect(forged.body.error).toMatch(/signature does not match/);
    const stale = new Request(`http://test/api/webhooks/helpdesk/${own.id}`, {
      method: "POST",
      body: JSON.stringify(newTicket(uniqueId("T-stale"))),
      headers: signStudioRequest(own.secret, JSON.stringify(newTicket("x")), new Date(Date.now() - 10 * 60_000)),
    });
    expect((await deliver(own, stale)).status).toBe(401);
    expect(await prisma.ticket.count({ where: { source: `conn:${own.id}` } })).toBe(1);
    expect(await prisma.webhookReceipt.count({ where: { connectionId: own.id } })).toBe(1);
  });

  it("without a callback address sends nothing: the ticket is not connected and the flow's effects stay in the studio", async () => {
    const own = await ownSystem("");
    const before = receiver.accepted.length;
    const externalId = uniqueId("T");
    expect((await deliver(own, signed(own, newTicket(externalId)))).status).toBe(200);
    const ticket = await prisma.ticket.findUniqueOrThrow({ where: { source_externalId: { source: `conn:${own.id}`, externalId } } });
    expect(ticket.connectionId).toBeNull();
    const run = await completedRun(ticket.id);
    expect(run.outcome).toMatchObject({ kind: "escalated" });
    const stored = await prisma.ticket.findUniqueOrThrow({ where: { id: ticket.id }, include: { messages: true, queue: true } });
    expect(stored.queue?.name).toBe("Billing");
    expect(stored.tags).toContain("own-system");
    expect(stored.messages.map((m) => m.body)).toContain(HANDOFF);

    // The sender's messages and updates still reach the ticket by the sender's own id.
    const message = { type: "message.added", ticketExternalId: externalId, externalId: "M-1", author: "customer", body: "Thanks!" };
    expect((await deliver(own, signed(own, message))).body).toMatchObject({ messagesAdded: 1 });
    expect((await deliver(own, signed(own, { type: "ticket.updated", ticketExternalId: externalId, status: "solved", csat: 5 }))).body).toMatchObject({ ticketsUpdated: 1, ticketsRated: 1 });
    expect(await prisma.ticket.findUniqueOrThrow({ where: { id: ticket.id } })).toMatchObject({ status: "solved", csat: 5 });
    expect(receiver.accepted.length).toBe(before);
    expect((await prisma.connection.findUniqueOrThrow({ where: { id: own.id } })).lastCallAt).toBeNull();
  });
});
