import superjson from "superjson";
import { describe, expect, it } from "vitest";
import { TRPC_CLIENT_BATCH_ITEMS, TRPC_MAX_BATCH_CALLS } from "../../lib/api/trpc-batch";
import { limitTrpcRequest } from "./trpc-limits";

const call = (path: string, init: RequestInit = {}) => new Request(`http://studio.test/api/trpc/${path}`, { method: "POST", duplex: "half", ...init } as RequestInit);

async function refusal(response: Response): Promise<{ status: number; message: string; code: string }> {
  const body = (await response.json()) as { error: { json: unknown; meta?: never } };
  const shape = superjson.deserialize<{ message: string; data: { code: string } }>(body.error as never);
  return { status: response.status, message: shape.message, code: shape.data.code };
}

describe("limitTrpcRequest", () => {
  it("hands on a request within the limits with its body unchanged", async () => {
    const body = JSON.stringify({ json: { name: "Refunds", notes: "é".repeat(1000) } });
    const limited = await limitTrpcRequest(call("flows.create", { body, headers: { "content-type": "application/json" } }), 64 * 1024);
    expect(limited.ok).toBe(true);
    if (!limited.ok) return;
    expect(await limited.request.text()).toBe(body);
    expect(limited.request.headers.get("content-type")).toBe("application/json");
    expect(limited.request.method).toBe("POST");
  });

  it("refuses a body over the limit with 413 and a sentence naming the limit, in tRPC's error shape", async () => {
    const limited = await limitTrpcRequest(call("flows.saveDraft", { body: "x".repeat(2 * 1024 ** 2) }), 1024 ** 2);
    expect(limited.ok).toBe(false);
    if (limited.ok) return;
    expect(await refusal(limited.response)).toEqual({
      status: 413,
      code: "PAYLOAD_TOO_LARGE",
      message: "The request is larger than 1 MB, the most the studio accepts in one call. Send less at once (a smaller draft, fewer rows).",
    });
  });

  it("refuses a batch with more calls than the limit, and lets one at the limit through", async () => {
    const batch = (n: number) => call(`${Array.from({ length: n }, () => "flows.list").join(",")}?batch=1`, { method: "GET" });
    expect((await limitTrpcRequest(batch(TRPC_MAX_BATCH_CALLS))).ok).toBe(true);
    const limited = await limitTrpcRequest(batch(TRPC_MAX_BATCH_CALLS + 1));
    expect(limited.ok).toBe(false);
    if (limited.ok) return;
    const answer = await refusal(limited.response);
    expect(answer).toMatchObject({ status: 400, code: "BAD_REQUEST" });
    expect(answer.message).toContain(`at most ${TRPC_MAX_BATCH_CALLS} calls`);
  });

  it("keeps the app's own batches well inside the server's limit", () => {
    expect(TRPC_CLIENT_BATCH_ITEMS).toBeLessThan(TRPC_MAX_BATCH_CALLS);
  });
});
