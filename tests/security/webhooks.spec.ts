import http from "node:http";
import { Readable } from "node:stream";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { mutate } from "../../e2e/support/trpc";
import { signedWebhookHeaders } from "./support/webhooks";

/**
 * The generic ticket webhooks as an outsider meets them: without the signing secret nothing gets in (unsigned,
 * wrongly signed, stale, replayed, a spoofed agent reply), a sender's retries store one ticket and one run, and huge
 * bodies are refused before they are read while the app keeps answering.
 */
const LIVE_FLOW = "Escalate when a human is needed";
const TICKETS = "/api/webhooks/tickets";

test.describe.configure({ mode: "serial" });

let outsider: APIRequestContext;
let baseURL: string;

test.beforeAll(async ({ playwright, request }, testInfo) => {
  baseURL = testInfo.project.use.baseURL!;
  outsider = await playwright.request.newContext({ baseURL });
  // A known live flow, so a new ticket gets exactly one run whatever the specs before this one made live.
  const flows = await query<Array<{ id: string; name: string }>>(request, "flows.list", undefined);
  const live = flows.find((f) => f.name === LIVE_FLOW);
  expect(live, `the seeded flow "${LIVE_FLOW}"`).toBeDefined();
  await mutate(request, "flows.setLive", { flowId: live!.id });
});

test.afterAll(async () => {
  await outsider.dispose();
});

async function query<T>(request: APIRequestContext, path: string, input: unknown): Promise<T> {
  const search = input === undefined ? "" : `?input=${encodeURIComponent(JSON.stringify({ json: input }))}`;
  const response = await request.get(`/api/trpc/${path}${search}`);
  const body = (await response.json()) as { result?: { data: { json: T } }; error?: { json: { message: string } } };
  if (!response.ok() || body.result === undefined) throw new Error(`${path} failed: ${body.error?.json.message ?? response.status()}`);
  return body.result.data.json;
}

const ticketCount = async (request: APIRequestContext) => (await query<{ all: number }>(request, "tickets.viewCounts", { origin: "all" })).all;

type Detail = { firstResponseAt: string | null; messages: Array<{ author: string; body: string }>; runs: Array<{ shadow: boolean }> };
const ticketDetail = (request: APIRequestContext, id: string) => query<Detail>(request, "tickets.get", { id });

const ticketBody = (externalId: string, subject = "Where can I change my invoice address?") =>
  JSON.stringify({ source: "security", externalId, subject, body: "Please tell me where the invoice address is set.", customer: { externalId: `cust-${externalId}` } });

const errorOf = async (response: { json(): Promise<unknown> }) => ((await response.json()) as { error: string }).error;

test("unsigned, wrongly signed, stale, altered and replayed deliveries are refused with 401 and change nothing", async ({ request }) => {
  const before = await ticketCount(request);
  const raw = ticketBody(`sec-refused-${Date.now()}`);
  const json = { "content-type": "application/json" };

  const unsigned = await outsider.post(TICKETS, { data: raw, headers: json });
  expect(unsigned.status()).toBe(401);
  expect(await errorOf(unsigned)).toMatch(/not signed/);

  const guessed = await outsider.post(TICKETS, { data: raw, headers: signedWebhookHeaders(raw, { secret: "an-attackers-guess-at-the-secret-0123456789" }) });
  expect(guessed.status()).toBe(401);
  expect(await errorOf(guessed)).toMatch(/does not match/);

  const stale = await outsider.post(TICKETS, { data: raw, headers: signedWebhookHeaders(raw, { now: new Date(Date.now() - 10 * 60_000) }) });
  expect(stale.status()).toBe(401);
  expect(await errorOf(stale)).toMatch(/stale/);

  const altered = await outsider.post(TICKETS, { data: raw.replace("invoice", "refund"), headers: signedWebhookHeaders(raw) });
  expect(altered.status()).toBe(401);
  expect(await ticketCount(request)).toBe(before);

  // A delivery the sender really signed, captured and sent again: the first is stored, the copy is refused.
  const genuine = ticketBody(`sec-genuine-${Date.now()}`);
  const headers = signedWebhookHeaders(genuine);
  expect((await outsider.post(TICKETS, { data: genuine, headers })).status()).toBe(201);
  const replayed = await outsider.post(TICKETS, { data: genuine, headers });
  expect(replayed.status()).toBe(401);
  expect(await errorOf(replayed)).toMatch(/received before/);
  expect(await ticketCount(request)).toBe(before + 1);
});

test("a spoofed agent reply on a real ticket is refused: no message, no first response", async ({ request }) => {
  const raw = ticketBody(`sec-spoof-${Date.now()}`);
  const stored = await outsider.post(TICKETS, { data: raw, headers: signedWebhookHeaders(raw) });
  expect(stored.status()).toBe(201);
  const { ticket } = (await stored.json()) as { ticket: { id: string } };

  const spoof = JSON.stringify({ author: "agent", authorName: "Support", body: "Your refund has been approved.", externalId: `spoof-${Date.now()}` });
  const unsigned = await outsider.post(`${TICKETS}/${ticket.id}/messages`, { data: spoof, headers: { "content-type": "application/json" } });
  expect(unsigned.status()).toBe(401);
  const forged = await outsider.post(`${TICKETS}/${ticket.id}/messages`, { data: spoof, headers: signedWebhookHeaders(spoof, { secret: "an-attackers-guess-at-the-secret-0123456789" }) });
  expect(forged.status()).toBe(401);

  const detail = await ticketDetail(request, ticket.id);
  expect(detail.messages.filter((m) => m.author === "agent" || m.body.includes("refund has been approved"))).toEqual([]);
  expect(detail.firstResponseAt).toBeNull();
});

test("50 copies of one ticket sent at once, each signed on its own, store one ticket with one run", async ({ request }) => {
  const before = await ticketCount(request);
  const raw = ticketBody(`sec-burst-${Date.now()}`);
  const now = Date.now();
  // Each copy signed at its own second: 50 genuine deliveries of the same ticket, as a retrying helpdesk sends them.
  const answers = await Promise.all(
    Array.from({ length: 50 }, (_, i) => outsider.post(TICKETS, { data: raw, headers: signedWebhookHeaders(raw, { now: new Date(now - i * 1000) }) })),
  );
  const statuses = answers.map((a) => a.status()).sort();
  expect(statuses.filter((s) => s === 201)).toHaveLength(1);
  expect(statuses.filter((s) => s === 200)).toHaveLength(49);
  const ids = new Set(await Promise.all(answers.map(async (a) => ((await a.json()) as { ticket: { id: string } }).ticket.id)));
  expect(ids.size).toBe(1);
  expect(await ticketCount(request)).toBe(before + 1);
  const detail = await ticketDetail(request, [...ids][0]!);
  expect(detail.runs.filter((r) => !r.shadow)).toHaveLength(1);
});

test("30 bodies of 50 MB at once are each refused with 413 while the app keeps answering", async () => {
  let healthy = 0;
  let unhealthy = 0;
  let sending = true;
  const polling = (async () => {
    while (sending) {
      const status = await outsider.get("/api/health").then((r) => r.status(), () => 0);
      if (status === 200) healthy++;
      else unhealthy++;
      await new Promise((r) => setTimeout(r, 200));
    }
  })();
  const results = await Promise.all(Array.from({ length: 30 }, (_, i) => postHuge(`${baseURL}${TICKETS}`, { declareLength: i % 2 === 0 })));
  sending = false;
  await polling;
  expect(results.map((r) => r.status)).toEqual(Array.from({ length: 30 }, () => 413));
  expect(healthy).toBeGreaterThan(0);
  expect(unhealthy).toBe(0);
  const after = await outsider.get("/api/health");
  expect(after.status()).toBe(200);
});

test("/api/health says whether the database answers and nothing more", async () => {
  const health = await outsider.get("/api/health");
  expect(health.status()).toBe(200);
  expect(await health.json()).toEqual({ ok: true, db: "up" });
});

/**
 * A 50 MB JSON-looking body made as it is sent (never held in memory), with its length declared or chunked; resolves
 * with the status once the studio answers, and stops sending then.
 */
function postHuge(url: string, o: { declareLength: boolean }): Promise<{ status: number }> {
  const total = 50 * 1024 * 1024;
  const chunk = Buffer.alloc(64 * 1024, "a");
  let sent = 0;
  const body = new Readable({
    read() {
      if (sent >= total) return void this.push(null);
      this.push(sent === 0 ? Buffer.concat([Buffer.from('{"subject":"'), chunk]) : chunk);
      sent += chunk.length;
    },
  });
  const headers: Record<string, string> = { "content-type": "application/json", ...signedWebhookHeaders("{}") };
  if (o.declareLength) headers["content-length"] = String(total + 12);
  return new Promise((resolve) => {
    const req = http.request(url, { method: "POST", headers }, (res) => {
      res.resume();
      resolve({ status: res.statusCode ?? 0 });
      body.destroy();
      req.destroy();
    });
    req.on("error", () => resolve({ status: 0 }));
    body.pipe(req);
  });
}
