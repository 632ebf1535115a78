import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { z } from "zod";
import type { TInboundRequest, TVerifyResult } from "../contract";
import type { TIntercomSecrets } from "./settings";

/**
 * Intercom signs no timestamp, so the notification's own created_at bounds how long a captured delivery can be
 * replayed: within this window the receipt store refuses a second delivery of the same notification id, after it
 * the delivery is refused as stale (receipts can then be pruned safely).
 */
export const INTERCOM_MAX_DELIVERY_AGE_MS = 60 * 60 * 1000;

const SIGNATURE = /^sha1=([0-9a-f]{40})$/i;

const ZNotificationIdentitySchema = z.object({
  id: z.string().min(1),
  created_at: z.number().int().nonnegative(),
});

/** `sha1=` + the hex HMAC-SHA1 of the raw body keyed with the app's client secret, as Intercom sends in X-Hub-Signature. */
export function intercomSignature(clientSecret: string, rawBody: string): string {
  return `sha1=${createHmac("sha1", clientSecret).update(rawBody, "utf8").digest("hex")}`;
}

export function verifyIntercomDelivery(req: TInboundRequest, secrets: TIntercomSecrets): TVerifyResult {
  const header = req.headers["x-hub-signature"];
  if (header === undefined || header.trim() === "") {
    return { ok: false, reason: "The delivery has no X-Hub-Signature header, so it did not come from Intercom's webhooks" };
  }
  const sent = SIGNATURE.exec(header.trim());
  if (sent === null) return { ok: false, reason: "The X-Hub-Signature header is not in Intercom's sha1=<hex> form" };
  const expected = Buffer.from(intercomSignature(secrets.clientSecret, req.rawBody).slice("sha1=".length), "hex");
  const given = Buffer.from(sent[1]!.toLowerCase(), "hex");
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return { ok: false, reason: "The signature does not match: check that the client secret is the one on your app's Basic information page" };
  }

  const identity = ZNotificationIdentitySchema.safeParse(readJson(req.rawBody));
  if (!identity.success) {
    return { ok: false, reason: "The delivery is signed but is not an Intercom notification (it has no id or created_at)" };
  }
  const ageMs = req.receivedAt.getTime() - identity.data.created_at * 1000;
  if (ageMs > INTERCOM_MAX_DELIVERY_AGE_MS) {
    return { ok: false, reason: `The notification is stale: Intercom created it ${Math.round(ageMs / 60_000)} minutes ago, more than an hour before it arrived` };
  }
  return { ok: true, deliveryId: identity.data.id };
}

function readJson(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return null;
  }
}
