import "server-only";
import { createHmac } from "node:crypto";
import { STUDIO_SIGNATURE_HEADER, STUDIO_TIMESTAMP_HEADER } from "./settings";

/** The signature's scheme name: a later scheme gets its own, so senders can send both while they move over. */
export const SIGNATURE_SCHEME = "v1";

/** hex(HMAC-SHA256(secret, "<unix seconds>.<raw body>")): the timestamp is signed with the body, so neither can be swapped. */
export function studioSignature(secret: string, timestamp: string, rawBody: string): string {
  return createHmac("sha256", secret).update(`${timestamp}.${rawBody}`, "utf8").digest("hex");
}

/** The two headers that sign `rawBody` at `now`, as the studio sends them and as it expects them. */
export function studioSignatureHeaders(secret: string, rawBody: string, now: Date): Record<string, string> {
  const timestamp = String(Math.floor(now.getTime() / 1000));
  return {
    [STUDIO_TIMESTAMP_HEADER]: timestamp,
    [STUDIO_SIGNATURE_HEADER]: `${SIGNATURE_SCHEME}=${studioSignature(secret, timestamp, rawBody)}`,
  };
}
