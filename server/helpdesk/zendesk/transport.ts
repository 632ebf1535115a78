import "server-only";
import { z } from "zod";
import { HelpdeskCallError } from "../helpdesk-call-error";

export const ZENDESK = "Zendesk";

/** A call that hangs is a network failure worth another try, not an effect stuck until its activity times out. */
const REQUEST_TIMEOUT_MS = 30_000;

interface TRawAnswer {
  status: number;
  statusText: string;
  headers: Headers;
  text: string;
}

/** The part of node-zendesk's request options the transport reads (it also passes the client's whole config). */
interface TLibraryRequest {
  method: string;
  headers: Record<string, string>;
  body?: string;
}

/**
 * node-zendesk's pluggable transport (`transportConfig`), so its requests go through the fetch the studio hands in
 * and every failure leaves as a HelpdeskCallError. The library's own error path cannot serve: it reports a 429 only
 * when Retry-After is present and then returns it instead of throwing, drops the response headers (so the
 * Retry-After value), and rewrites the vendor's message. Here a non-2xx answer throws before the library sees it;
 * with `throwOriginalException` it reaches the caller unchanged. The library never retries on its own.
 */
export function zendeskTransport(fetchFn: typeof fetch) {
  return {
    async transportFn(uri: string, request: TLibraryRequest): Promise<TRawAnswer> {
      let response: Response;
      let text: string;
      try {
        response = await fetchFn(uri, {
          method: request.method,
          headers: request.headers,
          body: request.body,
          signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
        });
        text = await response.text();
      } catch (cause) {
        throw HelpdeskCallError.network(ZENDESK, cause);
      }
      if (!response.ok) throw HelpdeskCallError.fromResponse(ZENDESK, response.status, response.headers, zendeskErrorMessage(text));
      return { status: response.status, statusText: response.statusText, headers: response.headers, text };
    },
    responseAdapter(raw: TRawAnswer) {
      return {
        status: raw.status,
        statusText: raw.statusText,
        // A success that carries Retry-After would make the library turn it into a rate-limit error object.
        headers: { get: (name: string) => (name.toLowerCase() === "retry-after" ? null : raw.headers.get(name)) },
        json: async () => jsonOrEmpty(raw.text),
      };
    },
  };
}

function jsonOrEmpty(text: string): unknown {
  try {
    return text.trim() === "" ? {} : JSON.parse(text);
  } catch {
    return {};
  }
}

/** Zendesk's error bodies: `{ error, description, details }` (Support API), `{ error: { title, message } }`, `{ errors: [...] }`. */
const ZZendeskErrorSchema = z.object({
  error: z.union([z.string(), z.object({ title: z.string().optional(), message: z.string().optional() })]).optional(),
  description: z.string().optional(),
  details: z.record(z.string(), z.array(z.object({ description: z.string().optional() }).loose())).optional(),
  errors: z.array(z.object({ title: z.string().optional(), detail: z.string().optional() }).loose()).optional(),
});

/** The vendor's own words from an error body: "Record validation errors (RecordInvalid): Priority: is invalid". */
export function zendeskErrorMessage(text: string): string {
  const parsed = ZZendeskErrorSchema.safeParse(jsonOrEmpty(text));
  const body = parsed.success ? parsed.data : {};
  const parts: string[] = [];
  if (typeof body.error === "string") parts.push(body.description ? `${body.description} (${body.error})` : body.error);
  else if (body.error) parts.push([body.error.title, body.error.message].filter(Boolean).join(": "));
  else if (body.description) parts.push(body.description);
  const details = Object.values(body.details ?? {})
    .flat()
    .map((d) => d.description)
    .filter((d): d is string => Boolean(d));
  const listed = (body.errors ?? []).map((e) => [e.title, e.detail].filter(Boolean).join(": ")).filter(Boolean);
  const said = [parts.join(""), [...details, ...listed].join("; ")].filter(Boolean).join(": ");
  return said || text.replace(/<[^>]*>/g, " ").replace(/\s+/g, " ").trim().slice(0, 300);
}
