import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyStudioDelivery } from "../../helpdesk/studio/verify";
import { webhookClient } from "./webhook-client";

const SECRET = "simulator-test-webhook-secret-0123456789ab";
const received: Array<{ path: string; rawBody: string; headers: Record<string, string> }> = [];
let server: http.Server;
let baseUrl = "";

beforeAll(async () => {
  server = http.createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    received.push({ path: req.url ?? "", rawBody: Buffer.concat(chunks).toString("utf8"), headers: req.headers as Record<string, string> });
    res.writeHead(201, { "content-type": "application/json" }).end(JSON.stringify({ ticket: { id: "t-1" } }));
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((r) => server.close(r));
});

describe("the simulator's webhook client", () => {
  it("signs every request, and never sends one signature twice for equal bodies to two tickets", async () => {
    const client = webhookClient(baseUrl, SECRET);
    await client.createTicket({ externalId: "x" });
    await Promise.all([client.rate("a", 5), client.rate("b", 5)]);
    expect(received.map((r) => r.path).sort()).toEqual(["/api/webhooks/tickets", "/api/webhooks/tickets/a/rating", "/api/webhooks/tickets/b/rating"]);
    for (const r of received) {
      expect(verifyStudioDelivery({ rawBody: r.rawBody, headers: r.headers, receivedAt: new Date() }, { signingSecret: SECRET })).toMatchObject({ ok: true });
    }
    const ratings = received.filter((r) => r.path.endsWith("/rating"));
    expect(ratings[0]!.headers["x-studio-signature"]).not.toBe(ratings[1]!.headers["x-studio-signature"]);
  });
});
