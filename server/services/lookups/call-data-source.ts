import "server-only";
import type { TLookupResult } from "../../../workflows/model/lookup";
import type { TLookupField } from "./data-source-input";
import type { TLookupContext } from "./lookup-types";
import { renderPathTemplate } from "./path-template";
import { readFields } from "./read-fields";

/** A data source ready to call: its secret opened (it never leaves this module's request headers). */
export interface TDataSourceConfig {
  name: string;
  baseUrl: string;
  pathTemplate: string;
  authHeaderName: string;
  /** The auth header's value; "" sends no auth header. */
  secret: string;
  fields: TLookupField[];
  timeoutMs: number;
}

export type TFetch = (url: string, init: RequestInit) => Promise<Response>;

/** The lookup's result, and what the settings page's "Test lookup" shows besides: the HTTP status and the answer as received. */
export interface TCalledLookup {
  result: TLookupResult;
  httpStatus: number | null;
  /** The answer's text, cut to a readable length; the secret, were the service to echo it, is masked. */
  raw: string | null;
}

/** Past this an answer is not an order record but a mistake (a whole export), and is not read. */
const MAX_ANSWER_CHARS = 1_000_000;
const RAW_SHOWN_CHARS = 4000;

/**
 * Asks the data source for one ticket: fills the path, calls with the auth header and a timeout, and reads the
 * declared fields. Every outcome is a result, never a throw: 404 is "not_found", any other trouble "failed" with a
 * sentence that never contains the secret.
 */
export async function callDataSource(source: TDataSourceConfig, context: TLookupContext, args: Record<string, string> | undefined, fetchFn: TFetch = fetch): Promise<TCalledLookup> {
  const rendered = renderPathTemplate(source.pathTemplate, context, args);
  if (!rendered.ok) return { result: { source: source.name, status: "skipped", request: null, fields: {}, error: capitalised(rendered.missing) }, httpStatus: null, raw: null };
  const request = rendered.path;
  const mask = (text: string) => (source.secret === "" ? text : text.split(source.secret).join("•••"));
  const outcome = (status: TLookupResult["status"], rest: Partial<TLookupResult> = {}): TLookupResult => ({ source: source.name, status, request, fields: {}, error: null, ...rest });
  const headers: Record<string, string> = { accept: "application/json" };
  if (source.secret !== "") headers[source.authHeaderName || "Authorization"] = source.secret;

  let response: Response;
  let text: string;
  try {
    response = await fetchFn(joinUrl(source.baseUrl, request), { method: "GET", headers, redirect: "error", signal: AbortSignal.timeout(source.timeoutMs) });
    text = await response.text();
  } catch (error) {
    const timedOut = error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError");
    const why = timedOut ? `no answer within ${source.timeoutMs} ms` : `could not reach ${hostOf(source.baseUrl)} (${mask(causeOf(error))})`;
    return { result: outcome("failed", { error: `The lookup failed: ${why}` }), httpStatus: null, raw: null };
  }
  const raw = mask(text.length > RAW_SHOWN_CHARS ? `${text.slice(0, RAW_SHOWN_CHARS)}…` : text);
  const called = (result: TLookupResult): TCalledLookup => ({ result, httpStatus: response.status, raw });
  if (response.status === 404) return called(outcome("not_found", { error: "The data source has no record for this ticket (404)" }));
  if (!response.ok) return called(outcome("failed", { error: `The data source answered ${response.status}${response.statusText ? ` ${response.statusText}` : ""}` }));
  if (text.length > MAX_ANSWER_CHARS) return called(outcome("failed", { error: "The answer is too large to read (over a million characters)" }));
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return called(outcome("failed", { error: "The answer is not JSON" }));
  }
  const read = readFields(json, source.fields);
  return called(read.ok ? outcome("found", { fields: read.fields }) : outcome("failed", { error: read.error }));
}

/** The base URL and the path with exactly one "/" between them (a base URL may end with one or not). */
export function joinUrl(baseUrl: string, path: string): string {
  return `${baseUrl.replace(/\/+$/, "")}/${path.replace(/^\/+/, "")}`;
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return "the data source";
  }
}

/** undici puts the network's reason (ECONNREFUSED, ENOTFOUND) in `cause`. */
function causeOf(error: unknown): string {
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  const code = (cause as { code?: unknown } | null)?.code;
  if (typeof code === "string") return code;
  return cause instanceof Error ? cause.message : String(cause);
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
