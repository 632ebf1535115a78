import "server-only";
import { createHash, createHmac, timingSafeEqual } from "node:crypto";
import type { TInboundRequest, TVerifyResult } from "../contract";
import type { TZendeskSecrets } from "./settings";

export const SIGNATURE_HEADER = "x-zendesk-webhook-signature";
export const TIMESTAMP_HEADER = "x-zendesk-webhook-signature-timestamp";

/** How far the signed timestamp may be from our clock, either way, before a delivery counts as stale. */
export const MAX_CLOCK_SKEW_MS = 5 * 60 * 1000;

/**
 * Zendesk signs each webhook request as base64(HMAC-SHA256(signing secret, timestamp + raw body)), with the
 * timestamp in its own header. The timestamp is what makes a captured delivery useless later; the signature and
 * timestamp together name the delivery, so the inbound service can refuse the same one twice.
 */
export function verifyZendeskWebhook(req: TInboundRequest, secrets: Pick<TZendeskSecrets, "webhookSecret">): TVerifyResult {
  const signature = req.headers[SIGNATURE_HEADER]?.trim();
  const timestamp = req.headers[TIMESTAMP_HEADER]?.trim();
  if (!signature || !timestamp) {
    return { ok: false, reason: "The request has no Zendesk signature: it did not come from a Zendesk webhook." };
  }
  const signedAt = Date.parse(timestamp);
  if (Number.isNaN(signedAt)) {
    return { ok: false, reason: `The Zendesk signature's timestamp "${timestamp.slice(0, 40)}" is not a date.` };
  }
  if (Math.abs(req.receivedAt.getTime() - signedAt) > MAX_CLOCK_SKEW_MS) {
    return { ok: false, reason: "The Zendesk signature is stale: it was made more than 5 minutes before (or after) the request arrived." };
  }
  const expected = zendeskSignature(secrets.webhookSecret, timestamp, req.rawBody);
  if (!sameText(signature, expected)) {
    return {
      ok: false,
      reason: "The Zendesk signature does not match: the webhook's signing secret differs from the one saved here, or the body was changed on the way.",
    };
  }
  return { ok: true, deliveryId: createHash("sha256").update(`${timestamp}\n${signature}`).digest("hex") };
}

export function zendeskSignature(secret: string, timestamp: string, rawBody: string): string {
  return createHmac("sha256", secret).update(timestamp + rawBody, "utf8").digest("base64");
}

function sameText(given: string, expected: string): boolean {
  const a = Buffer.from(given, "utf8");
  const b = Buffer.from(expected, "utf8");
  return a.length === b.length && timingSafeEqual(a, b);
}
