import type { APIRequestContext, APIResponse } from "@playwright/test";
import { postWebhook as postSigned, signedWebhookHeaders as signWith } from "../../../e2e/support/webhooks";
import { SECURITY_WEBHOOK_SECRET } from "./product";

/** The headers that sign `rawBody` with the suite product's webhook secret (or `secret`, to sign wrongly), at `now`. */
export function signedWebhookHeaders(rawBody: string, o: { secret?: string; now?: Date } = {}): Record<string, string> {
  return signWith(rawBody, { secret: o.secret ?? SECURITY_WEBHOOK_SECRET, ...(o.now ? { now: o.now } : {}) });
}

/** POSTs `data` as JSON to a generic ticket webhook of the suite's product, signed as its helpdesk would. */
export function postWebhook(request: APIRequestContext, path: string, data: unknown): Promise<APIResponse> {
  return postSigned(request, path, data, SECURITY_WEBHOOK_SECRET);
}
