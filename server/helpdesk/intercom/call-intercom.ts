import "server-only";
import { IntercomError, IntercomTimeoutError } from "intercom-client";
import type { z } from "zod";
import { HelpdeskCallError } from "../helpdesk-call-error";

export const INTERCOM_TITLE = "Intercom";

/**
 * Runs one SDK call and sorts its failure for the effect layer: an HTTP answer becomes `fromResponse` with Intercom's
 * own error message (so 429/5xx retry after Retry-After, 401/403/404/422 go down the failure path); no answer at all
 * (refused, reset, timed out) is a network failure worth another try.
 */
export async function callIntercom<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw toHelpdeskCallError(error);
  }
}

/** Reads the fields the studio uses from an answer, so a changed shape fails loudly instead of writing nonsense. */
export function readAnswer<S extends z.ZodType>(schema: S, answer: unknown, what: string): z.infer<S> {
  const parsed = schema.safeParse(answer);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const where = issue ? ` (${issue.path.join(".") || "body"}: ${issue.message})` : "";
  throw new HelpdeskCallError(`${INTERCOM_TITLE} answered ${what} in a shape the studio cannot read${where}`, null, false);
}

export function toHelpdeskCallError(error: unknown): HelpdeskCallError {
  if (error instanceof HelpdeskCallError) return error;
  if (error instanceof IntercomTimeoutError) return HelpdeskCallError.network(INTERCOM_TITLE, error);
  if (error instanceof IntercomError && typeof error.statusCode === "number") {
    const headers = error.rawResponse?.headers ?? new Headers();
    return HelpdeskCallError.fromResponse(INTERCOM_TITLE, error.statusCode, headers, vendorMessage(error.body));
  }
  return HelpdeskCallError.network(INTERCOM_TITLE, error);
}

/** Intercom's error body is `{ type: "error.list", errors: [{ code, message }] }`; anything else is shown as it came. */
export function vendorMessage(body: unknown): string {
  if (typeof body === "string") return body;
  if (body && typeof body === "object" && Array.isArray((body as { errors?: unknown }).errors)) {
    const said = ((body as { errors: unknown[] }).errors)
      .map((e) => (e && typeof e === "object" ? e : {}) as { code?: unknown; message?: unknown })
      .map((e) => [typeof e.message === "string" ? e.message : "", typeof e.code === "string" ? `(${e.code})` : ""].filter(Boolean).join(" "))
      .filter(Boolean);
    if (said.length > 0) return said.join("; ");
  }
  return body === undefined || body === null ? "" : JSON.stringify(body);
}
