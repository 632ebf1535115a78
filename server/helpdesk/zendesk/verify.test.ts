import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { signZendeskWebhook } from "../../../tests/fakes/zendesk-api";
import type { TInboundRequest } from "../contract";
import { verifyZendeskWebhook } from "./verify";

const secret = "dGhpc19zZWNyZXRfaXNfZm9yX3Rlc3Rpbmdfb25seQ==";
const body = JSON.stringify({ event: "ticket.created", ticket: { id: "35436" } });
const signedAt = new Date("2026-12-06T10:00:00Z");

function delivery(headers: Record<string, string>, rawBody = body, receivedAt = signedAt): TInboundRequest {
  return { rawBody, headers, receivedAt };
}

describe("verifyZendeskWebhook", () => {
  it("accepts a delivery signed as Zendesk documents: base64(HMAC-SHA256(secret, timestamp + body))", () => {
    const timestamp = "2026-12-06T10:00:00Z";
    // Computed here independently of the fake's helper, from the documented recipe.
    const signature = createHmac("sha256", secret).update(timestamp + body).digest("base64");
    const result = verifyZendeskWebhook(
      delivery({ "x-zendesk-webhook-signature": signature, "x-zendesk-webhook-signature-timestamp": timestamp }),
      { webhookSecret: secret },
    );
    expect(result.ok).toBe(true);
    expect(result.ok && result.deliveryId).toMatch(/^[0-9a-f]{64}$/);
  });

  it("gives the same delivery the same id and another delivery another id (for replay refusal)", () => {
    const first = verifyZendeskWebhook(delivery(signZendeskWebhook(secret, body, signedAt)), { webhookSecret: secret });
    const again = verifyZendeskWebhook(delivery(signZendeskWebhook(secret, body, signedAt)), { webhookSecret: secret });
    const later = new Date(signedAt.getTime() + 1000);
    const other = verifyZendeskWebhook(delivery(signZendeskWebhook(secret, body, later), body, later), { webhookSecret: secret });
    expect(first.ok && again.ok && other.ok).toBe(true);
    if (!first.ok || !again.ok || !other.ok) return;
    expect(again.deliveryId).toBe(first.deliveryId);
    expect(other.deliveryId).not.toBe(first.deliveryId);
  });

  it("refuses a tampered body", () => {
    const headers = signZendeskWebhook(secret, body, signedAt);
    const result = verifyZendeskWebhook(delivery(headers, body.replace("35436", "35437")), { webhookSecret: secret });
    expect(result).toEqual({ ok: false, reason: expect.stringContaining("does not match") });
  });

  it("refuses a signature made with another secret", () => {
    const result = verifyZendeskWebhook(delivery(signZendeskWebhook("another-secret", body, signedAt)), { webhookSecret: secret });
    expect(result).toEqual({ ok: false, reason: expect.stringContaining("signing secret") });
  });

  it("refuses a timestamp changed after signing", () => {
    const headers = signZendeskWebhook(secret, body, signedAt);
    headers["x-zendesk-webhook-signature-timestamp"] = "2026-12-06T10:00:01Z";
    expect(verifyZendeskWebhook(delivery(headers), { webhookSecret: secret }).ok).toBe(false);
  });

  it("refuses stale deliveries more than 5 minutes either way, and takes them within 5 minutes", () => {
    const headers = signZendeskWebhook(secret, body, signedAt);
    const at = (ms: number) => verifyZendeskWebhook(delivery(headers, body, new Date(signedAt.getTime() + ms)), { webhookSecret: secret });
    expect(at(5 * 60_000 + 1000)).toEqual({ ok: false, reason: expect.stringContaining("stale") });
    expect(at(-(5 * 60_000 + 1000))).toEqual({ ok: false, reason: expect.stringContaining("stale") });
    expect(at(4 * 60_000).ok).toBe(true);
    expect(at(-4 * 60_000).ok).toBe(true);
  });

  it("refuses a request without the signature headers, or with a timestamp that is not a date", () => {
    expect(verifyZendeskWebhook(delivery({}), { webhookSecret: secret })).toEqual({ ok: false, reason: expect.stringContaining("no Zendesk signature") });
    const headers = signZendeskWebhook(secret, body, signedAt);
    const { ["x-zendesk-webhook-signature"]: _dropped, ...unsigned } = headers;
    expect(verifyZendeskWebhook(delivery(unsigned), { webhookSecret: secret }).ok).toBe(false);
    headers["x-zendesk-webhook-signature-timestamp"] = "yesterday";
    expect(verifyZendeskWebhook(delivery(headers), { webhookSecret: secret })).toEqual({ ok: false, reason: expect.stringContaining("not a date") });
  });
});
