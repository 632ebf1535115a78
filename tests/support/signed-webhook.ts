import { studioSignatureHeaders } from "../../server/helpdesk/studio/signature";

/** The secret in-process tests sign the generic ticket webhooks with; set as STUDIO_WEBHOOK_SECRET on first use. */
export const TEST_WEBHOOK_SECRET = "integration-test-webhook-secret-0123456789";

/** Seconds each signature is dated back from the last, so two identical bodies never share a signature (a replay). */
let offsetSeconds = 0;

/**
 * The headers that sign `rawBody` for the generic ticket webhooks, as a sender's system makes them. Makes sure the
 * routes called in this process check against the same secret.
 */
export function signedWebhookHeaders(rawBody: string, now = new Date()): Record<string, string> {
  process.env.STUDIO_WEBHOOK_SECRET ??= TEST_WEBHOOK_SECRET;
  // Dated a little back, within the 5-minute window: a test that sends the same body twice sends two deliveries.
  offsetSeconds = (offsetSeconds + 1) % 120;
  const at = new Date(now.getTime() - offsetSeconds * 1000);
  return { "content-type": "application/json", ...studioSignatureHeaders(process.env.STUDIO_WEBHOOK_SECRET, rawBody, at) };
}

/** A signed POST of `body` (JSON, or a string sent as it is) to a generic ticket webhook route. */
export function signedJsonRequest(url: string, body: unknown): Request {
  const raw = typeof body === "string" ? body : JSON.stringify(body);
  return new Request(url, { method: "POST", headers: signedWebhookHeaders(raw), body: raw });
}
