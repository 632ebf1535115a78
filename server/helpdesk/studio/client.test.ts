import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startStudioReceiver, type StudioReceiver } from "../../../tests/fakes/studio-receiver";
import { HelpdeskCallError } from "../helpdesk-call-error";
import { createStudioClient } from "./client";
import { ZStudioSettingsSchema } from "./settings";

const SECRET = "callback-signing-secret-0123456789abcdef";
let receiver: StudioReceiver;
const clientFor = (callbackUrl: string | undefined = receiver.url, secret = SECRET) =>
  createStudioClient(ZStudioSettingsSchema.parse({ callbackUrl }), { signingSecret: secret });

async function failure(promise: Promise<unknown>): Promise<HelpdeskCallError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(HelpdeskCallError);
  return error as HelpdeskCallError;
}

beforeEach(async () => {
  receiver = await startStudioReceiver({ secret: SECRET });
});
afterEach(async () => {
  await receiver.close();
});

describe("the studio's own channel, outbound", () => {
  it("posts each effect as signed JSON with its idempotency key, in the documented bodies", async () => {
    const client = clientFor();
    await client.apply("T-1", { type: "reply", body: "Hi Dana, it ships tomorrow." }, "e-1:0");
    await client.apply("T-1", { type: "note", body: "Escalated: billing" }, "e-1:1");
    await client.apply("T-1", { type: "assign", remoteGroupId: "Billing", remoteAssigneeId: null }, "e-1:2");
    await client.apply("T-1", { type: "update", status: "solved", priority: "high", addTags: ["vip"], removeTags: ["tier_2"], fields: { plan: "pro" } }, "e-1:3");
    expect(receiver.violations).toEqual([]);
    expect(receiver.accepted.map((r) => r.body)).toEqual([
      { type: "reply", ticketExternalId: "T-1", body: "Hi Dana, it ships tomorrow." },
      { type: "note", ticketExternalId: "T-1", body: "Escalated: billing" },
      { type: "assign", ticketExternalId: "T-1", queue: "Billing", assignee: null },
      { type: "update", ticketExternalId: "T-1", status: "solved", priority: "high", addTags: ["vip"], removeTags: ["tier_2"], fields: { plan: "pro" } },
    ]);
    expect(receiver.accepted.map((r) => r.headers["idempotency-key"])).toEqual(["e-1:0", "e-1:1", "e-1:2", "e-1:3"]);
    expect(receiver.accepted[0]!.headers["x-studio-signature"]).toMatch(/^v1=[0-9a-f]{64}$/);
  });

  it("sends only what an assignment names", async () => {
    await clientFor().apply("T-2", { type: "assign", remoteAssigneeId: "ava@acme.example" }, "e-2");
    expect(receiver.accepted.map((r) => r.body)).toEqual([{ type: "assign", ticketExternalId: "T-2", assignee: "ava@acme.example" }]);
  });

  it("signs with the connection's secret: a receiver holding another refuses, and that refusal is final", async () => {
    const error = await failure(clientFor(receiver.url, "a different secret, long enough for one 0123").apply("T-1", { type: "reply", body: "x" }, "e-3"));
    expect(error).toMatchObject({ status: 401, retryable: false });
    expect(error.message).toMatch(/^Your system answered 401: .*does not match/);
    expect(receiver.accepted).toEqual([]);
  });

  it("has a 429 or 5xx tried again after its Retry-After, and a 4xx not", async () => {
    receiver.failNext(1, { status: 429, headers: { "retry-after": "7" } });
    expect(await failure(clientFor().apply("T-1", { type: "reply", body: "x" }, "e-4"))).toMatchObject({ status: 429, retryable: true, retryAfterMs: 7000 });
    receiver.failNext(1, { status: 503, body: { error: "down for maintenance" } });
    const busy = await failure(clientFor().apply("T-1", { type: "reply", body: "x" }, "e-4"));
    expect(busy).toMatchObject({ status: 503, retryable: true, retryAfterMs: null });
    expect(busy.message).toContain("down for maintenance");
    receiver.failNext(1, { status: 422, body: { error: "unknown ticket T-1" } });
    const refused = await failure(clientFor().apply("T-1", { type: "reply", body: "x" }, "e-5"));
    expect(refused).toMatchObject({ status: 422, retryable: false });
    expect(refused.message).toBe('Your system answered 422: {"error":"unknown ticket T-1"}');
  });

  it("reports an address nobody answers at as worth another try", async () => {
    const url = receiver.url;
    await receiver.close();
    const error = await failure(clientFor(url).apply("T-1", { type: "reply", body: "x" }, "e-6"));
    expect(error).toMatchObject({ status: null, retryable: true });
    receiver = await startStudioReceiver({ secret: SECRET });
  });

  it("answers Test connection with a signed ping, named by the receiver", async () => {
    expect(await clientFor().whoAmI()).toBe(`Acme desk at ${receiver.url}`);
    expect(receiver.accepted.map((r) => r.body)).toEqual([{ type: "ping" }]);
  });

  it("without a callback address sends nothing, says it is inbound only, and has no groups or users", async () => {
    const client = clientFor("");
    await client.apply("T-1", { type: "reply", body: "x" }, "e-7");
    expect(await client.whoAmI()).toContain("inbound only");
    expect(await client.listGroups()).toEqual([]);
    expect(await client.listAgents()).toEqual([]);
    expect(receiver.accepted).toEqual([]);
  });
});
