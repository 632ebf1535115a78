import { afterEach, describe, expect, it } from "vitest";
import { POST as postTicket } from "../../app/api/webhooks/tickets/route";
import { POST as postMessage } from "../../app/api/webhooks/tickets/[id]/messages/route";
import { POST as postRating } from "../../app/api/webhooks/tickets/[id]/rating/route";
import { signedWebhookHeaders, TEST_WEBHOOK_SECRET } from "../../tests/support/signed-webhook";
import { getPrisma } from "../db";
import { studioSignatureHeaders } from "../helpdesk/studio/signature";

/** The generic ticket webhooks against the real database: only signed deliveries change anything, each once. */
const prisma = getPrisma();
const stamp = () => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
const post = (url: string, raw: string, headers: Record<string, string>) => new Request(url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: raw });
const params = (id: string) => ({ params: Promise.resolve({ id }) });

async function realTicket(): Promise<string> {
  const s = stamp();
  const customer = await prisma.customer.create({ data: { source: "webhook-auth", externalId: `c-${s}` } });
  return (await prisma.ticket.create({ data: { source: "webhook-auth", externalId: `t-${s}`, customerId: customer.id, subject: "Refund", body: "Where is it?" } })).id;
}

afterEach(() => {
  process.env.STUDIO_WEBHOOK_SECRET = TEST_WEBHOOK_SECRET;
});

describe("the generic ticket webhooks' signatures", () => {
  it("refuse an unsigned, a wrongly signed and a stale ticket with 401 and store nothing", async () => {
    process.env.STUDIO_WEBHOOK_SECRET = TEST_WEBHOOK_SECRET;
    const externalId = `unsigned-${stamp()}`;
    const raw = JSON.stringify({ source: "webhook-auth", externalId, subject: "Hi", body: "Hello", customer: { externalId: `c-${externalId}` } });
    const attempts = [
      post("http://test/api/webhooks/tickets", raw, {}),
      post("http://test/api/webhooks/tickets", raw, studioSignatureHeaders("a-guessed-secret-that-is-long-enough-000", raw, new Date())),
      post("http://test/api/webhooks/tickets", raw, studioSignatureHeaders(TEST_WEBHOOK_SECRET, raw, new Date(Date.now() - 10 * 60_000))),
    ];
    for (const request of attempts) {
      const answer = await postTicket(request);
      expect(answer.status).toBe(401);
      expect(((await answer.json()) as { error: string }).error).toMatch(/not signed|does not match|stale/);
    }
    expect(await prisma.ticket.count({ where: { source: "webhook-auth", externalId } })).toBe(0);
  });

  it("refuse a spoofed agent reply: no message and no first response", async () => {
    const id = await realTicket();
    const raw = JSON.stringify({ author: "agent", body: "Refunded, all done", externalId: `spoof-${stamp()}` });
    const answer = await postMessage(post(`http://test/api/webhooks/tickets/${id}/messages`, raw, {}), params(id));
    expect(answer.status).toBe(401);
    const ticket = await prisma.ticket.findUniqueOrThrow({ where: { id }, include: { messages: true } });
    expect(ticket.messages).toEqual([]);
    expect(ticket.firstResponseAt).toBeNull();
  });

  it("apply a signed delivery once: the same request again is 401, even to another ticket's address", async () => {
    const [first, second] = [await realTicket(), await realTicket()];
    const raw = JSON.stringify({ score: 4 });
    const headers = signedWebhookHeaders(raw);
    expect((await postRating(post(`http://test/api/webhooks/tickets/${first}/rating`, raw, headers), params(first))).status).toBe(201);
    const replayed = await postRating(post(`http://test/api/webhooks/tickets/${first}/rating`, raw, headers), params(first));
    expect(replayed.status).toBe(401);
    expect(((await replayed.json()) as { error: string }).error).toMatch(/received before/);
    expect((await postRating(post(`http://test/api/webhooks/tickets/${second}/rating`, raw, headers), params(second))).status).toBe(401);
    expect((await prisma.ticket.findUniqueOrThrow({ where: { id: second } })).csat).toBeNull();
  });

  it("take a delivery refused for a missing ticket again once it exists, signed the same", async () => {
    const raw = JSON.stringify({ author: "customer", body: "Still waiting", externalId: `late-${stamp()}` });
    const headers = signedWebhookHeaders(raw);
    expect((await postMessage(post("http://test/api/webhooks/tickets/nope/messages", raw, headers), params("nope"))).status).toBe(404);
    const id = await realTicket();
    expect((await postMessage(post(`http://test/api/webhooks/tickets/${id}/messages`, raw, headers), params(id))).status).toBe(201);
  });

  it("answer 503 'not configured' while no secret is set, and store nothing", async () => {
    delete process.env.STUDIO_WEBHOOK_SECRET;
    const id = await realTicket();
    const raw = JSON.stringify({ score: 5 });
    const answer = await postRating(post(`http://test/api/webhooks/tickets/${id}/rating`, raw, studioSignatureHeaders(TEST_WEBHOOK_SECRET, raw, new Date())), params(id));
    expect(answer.status).toBe(503);
    expect(((await answer.json()) as { error: string }).error).toMatch(/not configured: set STUDIO_WEBHOOK_SECRET/);
    expect((await prisma.ticket.findUniqueOrThrow({ where: { id } })).csat).toBeNull();
  });
});
