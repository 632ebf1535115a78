import type { PrismaClient } from "@prisma/client";
import { Prisma } from "@prisma/client";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { studioSignatureHeaders } from "../helpdesk/studio/signature";
import { INTERNAL_ERROR, answerTicketWebhook } from "./ticket-webhook";

const SECRET = "unit-test-webhook-secret-0123456789abcdef";
const schema = z.object({ subject: z.string() });

/** The receipts table as the claim sees it: a primary key that refuses a second insert. */
function fakePrisma() {
  const digests = new Set<string>();
  const ticketWebhookReceipt = {
    create: vi.fn(async ({ data }: { data: { digest: string } }) => {
      if (digests.has(data.digest)) throw new Prisma.PrismaClientKnownRequestError("Unique constraint failed", { code: "P2002", clientVersion: "test" });
      digests.add(data.digest);
      return { digest: data.digest };
    }),
    deleteMany: vi.fn(async ({ where }: { where: { digest?: string } }) => {
      if (where.digest) digests.delete(where.digest);
      return { count: 1 };
    }),
  };
  return { prisma: { ticketWebhookReceipt } as unknown as PrismaClient, digests };
}

const signedRequest = (raw: string, at = new Date()) =>
  new Request("http://test/api/webhooks/tickets", { method: "POST", headers: { "content-type": "application/json", ...studioSignatureHeaders(SECRET, raw, at) }, body: raw });

beforeEach(() => {
  process.env.STUDIO_WEBHOOK_SECRET = SECRET;
});
afterEach(() => {
  delete process.env.STUDIO_WEBHOOK_SECRET;
  vi.restoreAllMocks();
});

describe("answerTicketWebhook", () => {
  it("answers 503 'not configured' with no secret set, and the handler never runs", async () => {
    delete process.env.STUDIO_WEBHOOK_SECRET;
    const { prisma } = fakePrisma();
    const handle = vi.fn(async () => Response.json({}, { status: 201 }));
    const answer = await answerTicketWebhook(signedRequest('{"subject":"Hi"}'), { schema, what: "ticket", prisma: () => prisma }, handle);
    expect(answer.status).toBe(503);
    expect(((await answer.json()) as { error: string }).error).toMatch(/not configured: set STUDIO_WEBHOOK_SECRET/);
    expect(handle).not.toHaveBeenCalled();
  });

  it("applies a delivery once: the same signed request again is 401 and changes nothing", async () => {
    const { prisma } = fakePrisma();
    const handle = vi.fn(async () => Response.json({ created: true }, { status: 201 }));
    const raw = '{"subject":"Hi"}';
    const at = new Date();
    const first = await answerTicketWebhook(signedRequest(raw, at), { schema, what: "ticket", prisma: () => prisma }, handle);
    const replay = await answerTicketWebhook(signedRequest(raw, at), { schema, what: "ticket", prisma: () => prisma }, handle);
    expect(first.status).toBe(201);
    expect(replay.status).toBe(401);
    expect(((await replay.json()) as { error: string }).error).toMatch(/received before/);
    expect(handle).toHaveBeenCalledTimes(1);
  });

  it("accepts the same signed request again when the first was refused, so a fixed cause can be retried", async () => {
    const { prisma, digests } = fakePrisma();
    const raw = '{"subject":"Hi"}';
    const at = new Date();
    const missing = await answerTicketWebhook(signedRequest(raw, at), { schema, what: "ticket", prisma: () => prisma }, async () => Response.json({}, { status: 404 }));
    expect(missing.status).toBe(404);
    expect(digests.size).toBe(0);
    const retried = await answerTicketWebhook(signedRequest(raw, at), { schema, what: "ticket", prisma: () => prisma }, async () => Response.json({}, { status: 201 }));
    expect(retried.status).toBe(201);
  });

  it("answers an internal failure with a plain sentence and 500; the details go to the log only", async () => {
    const { prisma, digests } = fakePrisma();
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const answer = await answerTicketWebhook(signedRequest('{"subject":"Hi"}'), { schema, what: "ticket", prisma: () => prisma }, async () => {
      throw new Error('relation "Ticket" secret-internal-detail at /srv/app/server.js:12');
    });
    expect(answer.status).toBe(500);
    const text = await answer.text();
    expect(text).not.toMatch(/secret-internal-detail|server\.js/);
    expect(JSON.parse(text)).toEqual({ error: INTERNAL_ERROR, issues: [] });
    expect(String(logged.mock.calls[0]?.[1])).toMatch(/secret-internal-detail/);
    expect(digests.size).toBe(0);
  });

  it("leaves 401 for an unsigned request to the signature check, before the database is touched", async () => {
    const prisma = vi.fn(() => {
      throw new Error("no database in this test");
    });
    const answer = await answerTicketWebhook(new Request("http://test/x", { method: "POST", body: "{}" }), { schema, what: "ticket", prisma }, async () => Response.json({}));
    expect(answer.status).toBe(401);
    expect(prisma).not.toHaveBeenCalled();
  });
});
