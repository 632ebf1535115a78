import "server-only";
import type { z } from "zod";
import { HelpdeskCallError } from "../helpdesk-call-error";

export const FRESHDESK = "Freshdesk";
/** A call that hangs is given up and tried again later by the effect layer, like any other network failure. */
const REQUEST_TIMEOUT_MS = 30_000;

export interface TFreshdeskHttp {
  fetch: typeof fetch;
  /** e.g. https://acme.freshdesk.com/api/v2 */
  apiBase: string;
  apiKey: string;
}

export interface TFreshdeskCall {
  method: "GET" | "POST" | "PUT";
  /** Below the API root, with its query: "/tickets/12/reply", "/groups?page=2". */
  path: string;
  body?: unknown;
  idempotencyKey?: string;
}

/**
 * Freshdesk's error bodies: validation failures list each field ({description, errors: [{field, message, code}]}),
 * the rest say {code, message}. The helpdesk's own words go into the failure the flow's trace shows.
 */
export function freshdeskErrorMessage(text: string): string {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return text.trim();
  }
  if (json === null || typeof json !== "object") return text.trim();
  const { description, message, errors } = json as { description?: unknown; message?: unknown; errors?: unknown };
  const head = [description, message].filter((part): part is string => typeof part === "string" && part !== "").join(": ");
  const fields = Array.isArray(errors)
    ? errors
        .map((e: { field?: unknown; message?: unknown; code?: unknown }) =>
          [e.field, e.message ?? e.code].filter((part) => typeof part === "string" && part !== "").join(": "),
        )
        .filter((line) => line !== "")
    : [];
  return [head, ...fields].filter((part) => part !== "").join("; ") || text.trim();
}

/**
 * One call to the v2 API: basic auth with the API key (password "X", as Freshdesk documents), JSON both ways. Every
 * failure is a HelpdeskCallError; the caller never retries (the effect layer and Temporal do).
 */
export async function freshdeskCall(http: TFreshdeskHttp, call: TFreshdeskCall): Promise<{ json: unknown; headers: Headers }> {
  const headers: Record<string, string> = {
    Authorization: `Basic ${Buffer.from(`${http.apiKey}:X`).toString("base64")}`,
    Accept: "application/json",
  };
  if (call.body !== undefined) headers["Content-Type"] = "application/json";
  // No Freshdesk v2 endpoint documents an idempotency header, so this one is harmless there; the effect layer's own
  // record of each call is what keeps a retried reply from being sent twice. Proxies and the test fake honour it.
  if (call.idempotencyKey !== undefined) headers["Idempotency-Key"] = call.idempotencyKey;

  let res: Response;
  let text: string;
  try {
    res = await http.fetch(`${http.apiBase}${call.path}`, {
      method: call.method,
      headers,
      body: call.body === undefined ? undefined : JSON.stringify(call.body),
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    text = await res.text();
  } catch (cause) {
    throw HelpdeskCallError.network(FRESHDESK, cause);
  }
  if (!res.ok) throw HelpdeskCallError.fromResponse(FRESHDESK, res.status, res.headers, freshdeskErrorMessage(text));
  if (text.trim() === "") return { json: null, headers: res.headers };
  try {
    return { json: JSON.parse(text), headers: res.headers };
  } catch {
    throw new HelpdeskCallError(`${FRESHDESK} answered ${res.status} with a body that is not JSON`, res.status, false);
  }
}

/** A 2xx body the studio reads fields from, checked against the documented shape. */
export function readFreshdesk<T>(schema: z.ZodType<T>, json: unknown, what: string): T {
  const parsed = schema.safeParse(json);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new HelpdeskCallError(
    `${FRESHDESK} answered with ${what} the studio cannot read (${issue ? `${issue.path.join(".") || "body"}: ${issue.message}` : "unexpected shape"})`,
    null,
    false,
  );
}
