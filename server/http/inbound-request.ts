import "server-only";
import type { TInboundRequest } from "../helpdesk/contract";
import { readBodyWithin, sizeInWords } from "./body-limit";

/** Far above any helpdesk event (they carry one ticket or message), far below what could exhaust memory. */
export const WEBHOOK_BODY_LIMIT_BYTES = 1024 * 1024;

export type ReadInbound = { ok: true; request: TInboundRequest } | { ok: false; status: 413 | 422; error: string };

/**
 * A webhook delivery as signatures need it: the body's exact text and the headers with lower-case names. The body
 * is read as a stream and reading stops at the limit, so an oversized or endless body never fills memory.
 */
export async function readInboundRequest(request: Request, limitBytes = WEBHOOK_BODY_LIMIT_BYTES): Promise<ReadInbound> {
  const receivedAt = new Date();
  const body = await readBodyWithin(request, limitBytes);
  if (!body.ok) return { ok: false, status: 413, error: `The body is larger than ${sizeInWords(limitBytes)}; webhooks carry one event at a time` };
  let rawBody: string;
  try {
    rawBody = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(body.bytes);
  } catch {
    return { ok: false, status: 422, error: "The body is not UTF-8 text" };
  }
  const headers: Record<string, string> = {};
  request.headers.forEach((value, name) => (headers[name.toLowerCase()] = value));
  return { ok: true, request: { rawBody, headers, receivedAt } };
}
