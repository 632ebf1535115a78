import { randomBytes } from "node:crypto";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { POST as postDelivery } from "../../app/api/webhooks/helpdesk/[connectionId]/route";
import { getPrisma } from "../../server/db";
import { zendeskWebhookBody } from "../../server/helpdesk/zendesk/webhook-body";
import { createConnection } from "../../server/services/connections/create-connection";
import { saveMappings } from "../../server/services/connections/save-mappings";
import { seedWorkspace } from "../../prisma/seed/seed-workspace";
import { flow, n } from "../../workflows/compile/test-graphs";
import type { TFlowGraph } from "../../workflows/model/graph";
import { renderZendeskPlaceholders, signZendeskWebhook, startZendeskFake, type ZendeskFake } from "../fakes/zendesk-api";
import { eventually, publishLive, uniqueId } from "./helpers";
import { holdConnectionRow } from "./hold-connection-row";
import { workerProcesses } from "./worker-process";

/**
 * A Zendesk ticket end to end: a signed trigger delivery reaches the studio, the live flow runs on a real worker,
 * and its tag, group, priority, internal note and customer reply arrive at a local stand-in of Zendesk's API.
 *
 *   trigger ─▶ tag(from-zendesk) ─▶ escalate(Billing, high, "Connecting you…") ─▶ end
 */
const prisma = getPrisma();
const workers = workerProcesses();
// The worker processes open the connection's secrets with the same key as this process.
process.env.STUDIO_SECRET_KEY ??= randomBytes(32).toString("base64");

const GROUP = 360001;
const graph = flow({ t: n.trigger(), g: n.tag("from-zendesk"), e: n.raw("escalate", { reason: "Billing question", queue: "Billing", priority: "high", customerMessage: "Connecting you with a billing specialist." }), done: n.end() }, [
  "t -> g",
  "g -> e",
  "e -> done",
]) as unknown as TFlowGraph;

let zd: ZendeskFake;
let connectionId: string;
const webhookSecret = "whsec-test";

beforeAll(async () => {
  await seedWorkspace(prisma, { demoHistory: false });
  await prisma.queue.upsert({ where: { name: "Billing" }, create: { name: "Billing" }, update: {} });
  zd = await startZendeskFake({ groups: [{ id: GROUP, name: "Billing" }] });
  const connection = await createConnection(
    prisma,
    { kind: "zendesk", name: uniqueId("Zendesk"), enabled: true, settings: { subdomain: "acme", agentEmail: zd.email, baseUrl: zd.baseUrl }, secrets: { apiToken: zd.token, webhookSecret } },
    "test",
  );
  connectionId = connection.id;
  await saveMappings(prisma, { connectionId, queues: [{ local: "Billing", remoteId: String(GROUP) }], agents: [] }, "test");
  await publishLive(prisma, uniqueId("Zendesk flow"), graph);
});

afterEach(() => workers.killAll());
afterAll(() => zd.close());

function delivery(ticketId: string, subject: string): { body: string; headers: Record<string, string> } {
  const body = renderZendeskPlaceholders(zendeskWebhookBody("ticket.created"), {
    "ticket.id": ticketId,
    "ticket.title": subject,
    "ticket.description": "I was charged twice for my card order, please refund one.",
    "ticket.status": "new",
    "ticket.priority": "normal",
    "ticket.via": "Mail",
    "ticket.requester.id": "5501",
    "ticket.requester.email": "dana@example.com",
    "ticket.requester.name": "Dana",
    "current_user.id": "5501",
    "current_user.email": "dana@example.com",
  });
  return { body, headers: signZendeskWebhook(webhookSecret, body) };
}

async function deliver(d: { body: string; headers: Record<string, string> }): Promise<Response> {
  const request = new Request(`http://test/api/webhooks/helpdesk/${connectionId}`, { method: "POST", headers: d.headers, body: d.body });
  return postDelivery(request, { params: Promise.resolve({ connectionId }) });
}

async function runOf(externalId: string) {
  const ticket = await eventually("the ticket", () => prisma.ticket.findFirst({ where: { connectionId, externalId } }));
  return eventually("the run to complete", () =>
    prisma.flowRun.findFirst({ where: { ticketId: ticket.id, status: "completed" }, include: { events: { orderBy: { seq: "asc" } } } }),
  120_000);
}

describe("a Zendesk ticket through the live flow", () => {
  it("its tag, group, priority, note and reply reach Zendesk once, though the worker is killed between a call and its commit", async () => {
    const externalId = String(70_000 + Math.floor(Math.random() * 10_000));
    // The delivery first (it notes its arrival on the same row), then the hold, then the worker.
    const answer = await deliver(delivery(externalId, "Charged twice"));
    expect(answer.status).toBe(200);
    const hold = await holdConnectionRow(prisma, connectionId);
    const first = await workers.start();
    // The tag's call has reached Zendesk; the worker waits to note it, inside the batch's open transaction.
    await eventually("the first call to reach Zendesk", async () => zd.writes().length === 1);
    await workers.kill(first);
    await hold.release();
    await workers.start();

    const run = await runOf(externalId);
    expect(run.outcome).toMatchObject({ kind: "escalated" });
    expect(run.events.map((e) => e.seq)).toEqual(run.events.map((_, i) => i + 1));
    expect(run.events.filter((e) => e.decision === "failed")).toEqual([]);

    expect(zd.violations).toEqual([]);
    // The killed attempt's call came again with the same key and was answered from memory.
    expect(zd.requests.filter((r) => r.deduped)).toHaveLength(1);
    const writes = zd.writes().filter((w) => w.path.includes(`/tickets/${externalId}`));
    expect(writes).toHaveLength(5);
    const ticket = zd.ticket(externalId);
    expect(ticket.tags).toEqual(["from-zendesk"]);
    expect(ticket.group_id).toBe(GROUP);
    expect(ticket.priority).toBe("high");
    expect(ticket.comments.map((c) => ({ public: c.public, start: c.body.slice(0, 25) }))).toEqual([
      { public: false, start: "Escalated: Billing questi" },
      { public: true, start: "Connecting you with a bil" },
    ]);
  });

  it("a refusal Zendesk will repeat (422) is in the trace with Zendesk's words, and the flow carries on", async () => {
    const externalId = String(80_000 + Math.floor(Math.random() * 10_000));
    await workers.start();
    zd.failNext(1, { status: 422, body: { error: "RecordInvalid", description: "Record validation errors", details: { tags: [{ description: "Tags is invalid" }] } } }, "write");
    expect((await deliver(delivery(externalId, "Refund please"))).status).toBe(200);

    const run = await runOf(externalId);
    const failed = run.events.find((e) => e.nodeId === "g" && e.decision === "failed");
    expect(failed?.reason).toMatch(/Zendesk answered 422/);
    expect(run.outcome).toMatchObject({ kind: "escalated" });
    expect(zd.ticket(externalId).tags).toEqual([]);
    expect(zd.ticket(externalId).group_id).toBe(GROUP);
  });

  it("a 429 is tried again no sooner than its Retry-After", async () => {
    const externalId = String(90_000 + Math.floor(Math.random() * 9_000));
    await workers.start();
    zd.failNext(1, { status: 429, headers: { "retry-after": "3" } }, "write");
    const sent = Date.now();
    expect((await deliver(delivery(externalId, "Rate limited"))).status).toBe(200);

    const run = await runOf(externalId);
    expect(run.events.filter((e) => e.decision === "failed")).toEqual([]);
    expect(zd.ticket(externalId).tags).toEqual(["from-zendesk"]);
    const tagged = await prisma.effect.findFirstOrThrow({ where: { ticket: { externalId, connectionId }, kind: "helpdesk" }, orderBy: { createdAt: "asc" } });
    // A lower bound, not a speed: the tag's accepted call came at least the Retry-After after the ticket was sent.
    expect(tagged.createdAt.getTime() - sent).toBeGreaterThanOrEqual(3_000);
  });

  it("a delivery with a bad signature, or one already received, changes nothing", async () => {
    const externalId = String(99_000 + Math.floor(Math.random() * 999));
    const good = delivery(externalId, "Signed twice");
    const forged = { body: good.body, headers: { ...good.headers, "x-zendesk-webhook-signature": signZendeskWebhook("not-the-secret", good.body)["x-zendesk-webhook-signature"]! } };
    expect((await deliver(forged)).status).toBe(401);
    expect(await prisma.ticket.count({ where: { connectionId, externalId } })).toBe(0);
    expect((await deliver(good)).status).toBe(200);
    expect((await deliver(good)).status).toBe(401);
    expect(await prisma.ticket.count({ where: { connectionId, externalId } })).toBe(1);
  });
});
