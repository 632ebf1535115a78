import "server-only";
import { createHash, timingSafeEqual } from "node:crypto";
import type { TInboundRequest, TVerifyResult } from "../contract";
import { FRESHDESK_SECRET_HEADER, type TFreshdeskSecrets } from "./settings";
import { parseFreshdeskTime } from "./webhook-body";

/** How old a delivery may be: the body's ticket time bounds how long a captured delivery could be replayed. */
export const FRESHDESK_MAX_AGE_MS = 60 * 60 * 1000;
/** Clocks drift; a delivery from a little in the future is still taken. */
const MAX_CLOCK_AHEAD_MS = 5 * 60 * 1000;

function sha256(value: string): Buffer {
  return createHash("sha256").update(value, "utf8").digest();
}

/**
 * Freshdesk signs nothing, so a delivery proves itself with the connection's webhook secret in a custom header
 * (compared in constant time) and a ticket time no older than an hour. Its id is the body's SHA-256: the body carries
 * the ticket's updated time, so a second delivery of the same event is the same id and is refused by the inbound service.
 */
export function verifyFreshdeskDelivery(req: TInboundRequest, secrets: TFreshdeskSecrets): TVerifyResult {
  const given = req.headers[FRESHDESK_SECRET_HEADER.toLowerCase()];
  if (given === undefined || given === "") {
    return { ok: false, reason: `The delivery has no ${FRESHDESK_SECRET_HEADER} header: add it under the rule's webhook "Custom headers".` };
  }
  // Comparing digests keeps the comparison constant-time whatever the lengths.
  if (!timingSafeEqual(sha256(given.trim()), sha256(secrets.webhookSecret))) {
    return { ok: false, reason: `The ${FRESHDESK_SECRET_HEADER} header does not match this connection's webhook secret.` };
  }

  let updatedAt: unknown;
  try {
    updatedAt = (JSON.parse(req.rawBody) as { updated_at?: unknown } | null)?.updated_at;
  } catch {
    return { ok: false, reason: "The delivery is not JSON: set the rule's webhook content to JSON and paste the body from the set-up steps." };
  }
  const sentAt = typeof updatedAt === "string" ? parseFreshdeskTime(updatedAt) : Number.NaN;
  if (Number.isNaN(sentAt)) {
    return { ok: false, reason: 'The delivery has no readable "updated_at" time: paste the webhook body from the set-up steps again.' };
  }
  const age = req.receivedAt.getTime() - sentAt;
  if (age > FRESHDESK_MAX_AGE_MS) {
    return { ok: false, reason: `The delivery is about a ticket change from more than an hour ago (${new Date(sentAt).toISOString()}); it was refused as stale.` };
  }
  if (-age > MAX_CLOCK_AHEAD_MS) {
    return { ok: false, reason: `The delivery's time (${new Date(sentAt).toISOString()}) is in the future; it was refused.` };
  }
  return { ok: true, deliveryId: sha256(req.rawBody).toString("hex") };
}
