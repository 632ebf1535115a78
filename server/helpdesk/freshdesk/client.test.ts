import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { freshdeskRateLimited, freshdeskValidationError, startFreshdeskFake, type FreshdeskFake } from "../../../tests/fakes/freshdesk-api";
import { HelpdeskCallError } from "../helpdesk-call-error";
import { createFreshdeskClient, mergeFreshdeskTags } from "./client";
import { ZFreshdeskSettingsSchema } from "./settings";

let fake: FreshdeskFake;
const secrets = (apiKey = "fd-test-key") => ({ apiKey, webhookSecret: "w".repeat(40) });
const clientFor = (apiKey?: string) =>
  createFreshdeskClient(ZFreshdeskSettingsSchema.parse({ domain: "acme", baseUrl: fake.baseUrl }), secrets(apiKey));

async function failure(promise: Promise<unknown>): Promise<HelpdeskCallError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(HelpdeskCallError);
  return error as HelpdeskCallError;
}

beforeEach(async () => {
  fake = await startFreshdeskFake();
  fake.addTicket(4411, { tags: ["vip", "billing"] });
});
afterEach(async () => {
  expect(fake.violations).toEqual([]);
  await fake.close();
});

describe("Freshdesk client against the fake v2 API", () => {
  it("posts a public reply as HTML, with basic auth and the idempotency key", async () => {
    await clientFor().apply("4411", { type: "reply", body: "Hi Maria,\nRefunded <today> & done." }, "effect-1");
    const [req] = fake.writes();
    expect(req).toMatchObject({ method: "POST", path: "/tickets/4411/reply", body: { body: "Hi Maria,<br>Refunded &lt;today&gt; &amp; done." } });
    expect(Object.keys(req!.body as object)).toEqual(["body"]);
    expect(req!.headers.authorization).toBe(`Basic ${Buffer.from("fd-test-key:X").toString("base64")}`);
    expect(req!.headers["idempotency-key"]).toBe("effect-1");
    expect(req!.headers["content-type"]).toBe("application/json");
  });

  it("posts a private note", async () => {
    await clientFor().apply("4411", { type: "note", body: "Escalated: refund over limit" }, "effect-2");
    expect(fake.writes().map((r) => [r.method, r.path, r.body])).toEqual([
      ["POST", "/tickets/4411/notes", { body: "Escalated: refund over limit", private: true }],
    ]);
    expect(fake.ticket(4411).conversations).toMatchObject([{ kind: "note", private: true }]);
  });

  it("assigns group and agent as numbers, and only what the action names", async () => {
    await clientFor().apply("4411", { type: "assign", remoteGroupId: "5002", remoteAssigneeId: "9002" }, "effect-3");
    await clientFor().apply("4411", { type: "assign", remoteGroupId: "5001" }, "effect-4");
    expect(fake.writes().map((r) => r.body)).toEqual([{ group_id: 5002, responder_id: 9002 }, { group_id: 5001 }]);
    expect(fake.ticket(4411)).toMatchObject({ group_id: 5001, responder_id: 9002 });
  });

  it("updates priority, status, custom fields and tags, reading the tags first and writing the merged list", async () => {
    await clientFor().apply(
      "4411",
      { type: "update", priority: "urgent", status: "solved", addTags: ["refund", "VIP"], removeTags: ["billing"], fields: { order_id: "8812", cf_plan: "pro" } },
      "effect-5",
    );
    expect(fake.requests.map((r) => [r.method, r.path])).toEqual([
      ["GET", "/tickets/4411"],
      ["PUT", "/tickets/4411"],
    ]);
    expect(fake.writes()[0]!.body).toEqual({
      priority: 4,
      status: 4,
      tags: ["vip", "refund"],
      custom_fields: { cf_order_id: "8812", cf_plan: "pro" },
    });
    expect(fake.ticket(4411)).toMatchObject({ priority: 4, status: 4, tags: ["vip", "refund"] });
  });

  it("maps every studio priority and status to Freshdesk's codes", async () => {
    const client = clientFor();
    for (const [priority, status] of [["low", "open"], ["normal", "pending"], ["high", "closed"]] as const) {
      await client.apply("4411", { type: "update", priority, status }, `p-${priority}`);
    }
    expect(fake.writes().map((r) => r.body)).toEqual([
      { priority: 1, status: 2 },
      { priority: 2, status: 3 },
      { priority: 3, status: 5 },
    ]);
  });

  it("sends nothing when an update changes nothing", async () => {
    await clientFor().apply("4411", { type: "update", addTags: ["vip"] }, "effect-6");
    expect(fake.writes()).toEqual([]);
  });

  it("a retried write with the same key is taken once by an API that honours the key", async () => {
    const client = clientFor();
    await client.apply("4411", { type: "reply", body: "Once" }, "effect-7");
    await client.apply("4411", { type: "reply", body: "Once" }, "effect-7");
    expect(fake.writes()).toHaveLength(1);
    expect(fake.replays).toBe(1);
    expect(fake.ticket(4411).conversations).toHaveLength(1);
  });

  it("429 is retryable with Retry-After in ms", async () => {
    fake.failNext(1, freshdeskRateLimited(7));
    const error = await failure(clientFor().apply("4411", { type: "reply", body: "Hi" }, "effect-8"));
    expect(error).toMatchObject({ status: 429, retryable: true, retryAfterMs: 7000 });
    expect(fake.writes()).toEqual([]);
  });

  it("422 is permanent and carries Freshdesk's own message", async () => {
    fake.failNext(1, freshdeskValidationError(422, "status", "Resolving requires the field Reason"));
    const error = await failure(clientFor().apply("4411", { type: "update", status: "solved" }, "effect-9"));
    expect(error).toMatchObject({ status: 422, retryable: false });
    expect(error.message).toBe("Freshdesk answered 422: Validation failed; status: Resolving requires the field Reason");
  });

  it("an unknown group is Freshdesk's 400 with its message, permanent", async () => {
    const error = await failure(clientFor().apply("4411", { type: "assign", remoteGroupId: "777" }, "effect-10"));
    expect(error).toMatchObject({ status: 400, retryable: false });
    expect(error.message).toContain("There is no group matching the given group_id");
  });

  it("401 for a wrong API key is permanent with Freshdesk's message", async () => {
    const error = await failure(clientFor("wrong-key").whoAmI());
    expect(error).toMatchObject({ status: 401, retryable: false });
    expect(error.message).toBe("Freshdesk answered 401: You have to be logged in to perform this action.");
  });

  it("404 for an unknown ticket is permanent", async () => {
    const error = await failure(clientFor().apply("999", { type: "note", body: "x" }, "effect-11"));
    expect(error).toMatchObject({ status: 404, retryable: false });
  });

  it("500 is retryable", async () => {
    fake.failNext(1, { status: 500, body: { code: "internal_error", message: "Something went wrong" } });
    expect(await failure(clientFor().listGroups())).toMatchObject({ status: 500, retryable: true, retryAfterMs: null });
  });

  it("a refused connection is retryable", async () => {
    const url = fake.baseUrl;
    await fake.close();
    const client = createFreshdeskClient(ZFreshdeskSettingsSchema.parse({ domain: "acme", baseUrl: url }), secrets());
    const error = await failure(client.whoAmI());
    expect(error).toMatchObject({ status: null, retryable: true });
    expect(error.message).toMatch(/^Freshdesk could not be reached/);
    fake = await startFreshdeskFake();
  });

  it("a ticket id that is not a number fails permanently without a call", async () => {
    expect(await failure(clientFor().apply("abc", { type: "reply", body: "x" }, "k"))).toMatchObject({ retryable: false, status: null });
    expect(fake.requests).toEqual([]);
  });

  it("whoAmI, groups and agents are read from Freshdesk's answers, following pages", async () => {
    await fake.close();
    const agents = Array.from({ length: 130 }, (_, i) => ({ id: 100 + i, contact: { name: `Agent ${i}`, email: `a${i}@acme.test` } }));
    fake = await startFreshdeskFake({ agents, groups: [{ id: 5001, name: "Billing" }] });
    const client = clientFor();
    expect(await client.whoAmI()).toBe("Studio Automation <studio@acme.test> on acme.freshdesk.com");
    expect(await client.listGroups()).toEqual([{ id: "5001", name: "Billing" }]);
    const listed = await client.listAgents();
    expect(listed).toHaveLength(130);
    expect(listed[129]).toEqual({ id: "229", name: "Agent 129", email: "a129@acme.test" });
    expect(fake.requests.filter((r) => r.path === "/agents").map((r) => r.query)).toEqual([
      { per_page: "100", page: "1" },
      { per_page: "100", page: "2" },
    ]);
  });
});

describe("settings and tags", () => {
  it("derives the API root from the Freshdesk address however it is typed", () => {
    for (const domain of ["acme", "acme.freshdesk.com", "https://acme.freshdesk.com/a/tickets/1"]) {
      expect(ZFreshdeskSettingsSchema.parse({ domain })).toEqual({ domain: "acme.freshdesk.com" });
    }
    expect(ZFreshdeskSettingsSchema.parse({ domain: "acme", baseUrl: "" })).toEqual({ domain: "acme.freshdesk.com" });
    expect(ZFreshdeskSettingsSchema.safeParse({ domain: "not a domain!" }).success).toBe(false);
  });

  it("merges tags without duplicates, case-insensitively", () => {
    expect(mergeFreshdeskTags(["VIP", "billing"], ["vip", "refund", "refund"], ["BILLING"])).toEqual(["VIP", "refund"]);
  });
});
