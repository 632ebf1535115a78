import "server-only";
import { createHash, timingSafeEqual } from "node:crypto";
import type { TInboundRequest, TVerifyResult } from "../contract";
import { STUDIO_SIGNATURE_HEADER, STUDIO_TIMESTAMP_HEADER, type TStudioSecrets } from "./settings";
import { SIGNATURE_SCHEME, studioSignature } from "./signature";

/** How far the signed timestamp may be from the studio's clock, either way. */
export const STUDIO_MAX_SKEW_MS = 5 * 60 * 1000;

const HEX_SIGNATURE = /^[0-9a-f]{64}$/i;

/**
 * A delivery from the sender's own system: `X-Studio-Signature: v1=<hex HMAC-SHA256 of "<timestamp>.<raw body>">`
 * with `X-Studio-Timestamp` in unix seconds, no more than 5 minutes off. Several comma-separated signatures are
 * taken (one of them must match), so a sender can sign with an old and a new secret while it changes them. The
 * timestamp and signature name the delivery: the same one twice is refused by the inbound service's receipts.
 * `whose` names the secret in the mismatch sentence and `guide` where signing is explained, since the generic ticket
 * webhook checks its own secret.
 */
export function verifyStudioDelivery(req: TInboundRequest, secrets: TStudioSecrets, whose = "this connection's", guide = "the set-up steps"): TVerifyResult {
  const timestamp = req.headers[STUDIO_TIMESTAMP_HEADER.toLowerCase()]?.trim();
  const header = req.headers[STUDIO_SIGNATURE_HEADER.toLowerCase()]?.trim();
  if (!timestamp || !header) {
    return { ok: false, reason: `The request is not signed: it needs the ${STUDIO_TIMESTAMP_HEADER} and ${STUDIO_SIGNATURE_HEADER} headers (see ${guide}).` };
  }
  if (!/^\d{1,12}$/.test(timestamp)) {
    return { ok: false, reason: `${STUDIO_TIMESTAMP_HEADER} must be the time in whole seconds since 1970 (unix time), not "${timestamp.slice(0, 40)}".` };
  }
  const given = header
    .split(",")
    .map((part) => part.trim())
    .filter((part) => part.startsWith(`${SIGNATURE_SCHEME}=`))
    .map((part) => part.slice(SIGNATURE_SCHEME.length + 1));
  if (given.length === 0 || !given.every((sig) => HEX_SIGNATURE.test(sig))) {
    return { ok: false, reason: `${STUDIO_SIGNATURE_HEADER} must read "${SIGNATURE_SCHEME}=" followed by the 64 hex digits of the HMAC-SHA256.` };
  }
  const skew = req.receivedAt.getTime() - Number(timestamp) * 1000;
  if (skew > STUDIO_MAX_SKEW_MS) {
    return { ok: false, reason: "The signature is stale: it was made more than 5 minutes before the request arrived (sign each request as you send it, and check your server's clock)." };
  }
  if (-skew > STUDIO_MAX_SKEW_MS) {
    return { ok: false, reason: "The signature's timestamp is more than 5 minutes in the future: check your server's clock." };
  }
  const expected = Buffer.from(studioSignature(secrets.signingSecret, timestamp, req.rawBody), "hex");
  // Every candidate is compared, in constant time, so the answer's timing says nothing about which came close.
  let matched = false;
  for (const sig of given) matched = timingSafeEqual(Buffer.from(sig, "hex"), expected) || matched;
  if (!matched) {
    return {
      ok: false,
      reason: `The signature does not match: the request was signed with another secret than ${whose}, or the body was changed after signing (sign the exact bytes you send).`,
    };
  }
  return { ok: true, deliveryId: createHash("sha256").update(`${timestamp}\n${expected.toString("hex")}`).digest("hex") };
}
