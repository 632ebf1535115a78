import "server-only";
import superjson from "superjson";
import { TRPC_MAX_BATCH_CALLS } from "../../lib/api/trpc-batch";
import { readBodyWithin, sizeInWords } from "./body-limit";
import { jsonNestsDeeperThan } from "./json-depth";

/**
 * The most one tRPC request body may hold. The largest legitimate body is a flow draft at the graph limits
 * (thousands of nodes with their settings and positions), which fits several times over; anything larger is refused
 * before it is parsed.
 */
export const TRPC_BODY_LIMIT_BYTES = 8 * 1024 ** 2;

/**
 * The deepest nesting a tRPC input may have: a draft's rule groups and settings at their own limits sit well inside
 * it, while the stack overflows in the thousands.
 */
export const TRPC_MAX_JSON_DEPTH = 500;

const TOO_DEEP = `The request nests lists or objects more than ${TRPC_MAX_JSON_DEPTH} levels deep, which no form of the studio sends. Send flatter data.`;

export type LimitedTrpcRequest = { ok: true; request: Request } | { ok: false; response: Response };

/**
 * Checks a tRPC request against the limits before tRPC reads it: the number of calls in a batch, then the body,
 * read as a stream up to the limit. Answers the request to hand on (its body already read, so nothing is read
 * twice), or the refusal in tRPC's own error shape, so the app's client shows the sentence like any other error.
 */
export async function limitTrpcRequest(request: Request, limitBytes = TRPC_BODY_LIMIT_BYTES): Promise<LimitedTrpcRequest> {
  const url = new URL(request.url);
  const calls = url.searchParams.get("batch") === "1" ? url.pathname.split("/").pop()!.split(",").length : 1;
  if (calls > TRPC_MAX_BATCH_CALLS) {
    const message = `One request may carry at most ${TRPC_MAX_BATCH_CALLS} calls, and this one has ${calls}. Send them in smaller batches.`;
    await request.body?.cancel().catch(() => undefined);
    return { ok: false, response: trpcRefusal(400, "BAD_REQUEST", message) };
  }
  if (request.method !== "POST") {
    const input = url.searchParams.get("input");
    return input !== null && jsonNestsDeeperThan(input, TRPC_MAX_JSON_DEPTH) ? { ok: false, response: trpcRefusal(400, "BAD_REQUEST", TOO_DEEP) } : { ok: true, request };
  }
  const body = await readBodyWithin(request, limitBytes);
  if (!body.ok) {
    const message = `The request is larger than ${sizeInWords(limitBytes)}, the most the studio accepts in one call. Send less at once (a smaller draft, fewer rows).`;
    return { ok: false, response: trpcRefusal(413, "PAYLOAD_TOO_LARGE", message) };
  }
  if (jsonNestsDeeperThan(body.bytes.toString("utf8"), TRPC_MAX_JSON_DEPTH)) return { ok: false, response: trpcRefusal(400, "BAD_REQUEST", TOO_DEEP) };
  const headers = new Headers(request.headers);
  headers.delete("content-length");
  return { ok: true, request: new Request(request.url, { method: request.method, headers, body: body.bytes.byteLength > 0 ? new Uint8Array(body.bytes) : null, signal: request.signal }) };
}

/** JSON-RPC codes tRPC puts next to its own names; the client reads the name and the message. */
const RPC_CODES = { BAD_REQUEST: -32600, PAYLOAD_TOO_LARGE: -32013 } as const;

function trpcRefusal(status: 400 | 413, code: keyof typeof RPC_CODES, message: string): Response {
  const shape = { message, code: RPC_CODES[code], data: { code, httpStatus: status, zodError: null, fieldErrors: null, compileErrors: null } };
  // Serialised like every answer of this router (superjson), so the client's transformer reads it.
  return Response.json({ error: superjson.serialize(shape) }, { status, headers: { "cache-control": "no-store" } });
}
