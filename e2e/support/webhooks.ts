import type { APIRequestContext, APIResponse } from "@playwright/test";
import { studioSignatureHeaders } from "../../server/helpdesk/studio/signature";

/** STUDIO_WEBHOOK_SECRET of the e2e product (playwright.config.ts passes the same value to `npm start`). */
export const E2E_WEBHOOK_SECRET = "e2e-webhook-secret-0123456789abcdefghijkl";

/** Seconds each signature is dated back from the last, so two equal bodies are two deliveries, not a replay. */
let offsetSeconds = 0;

/** The headers that sign `rawBody` for the generic ticket webhooks, as a helpdesk signs them. */
export function signedWebhookHeaders(rawBody: string, o: { secret?: string; now?: Date } = {}): Record<string, string> {
  offsetSeconds = (offsetSeconds + 1) % 120;
  const at = o.now ?? new Date(Date.now() - offsetSeconds * 1000);
  return { "content-type": "application/json", ...studioSignatureHeaders(o.secret ?? E2E_WEBHOOK_SECRET, rawBody, at) };
}

/** POSTs `data` as JSON to a generic ticket webhook (`/api/webhooks/tickets…`), signed; the exact bytes signed are sent. */
export function postWebhook(request: APIRequestContext, path: string, data: unknown, secret = E2E_WEBHOOK_SECRET): Promise<APIResponse> {
  const raw = JSON.stringify(data);
  return request.post(path, { data: raw, headers: signedWebhookHeaders(raw, { secret }) });
}
