import { afterEach, describe, expect, it } from "vitest";
import { intercomErrorBody, startIntercomFake, type IntercomFake, type TIntercomFakeOptions } from "../../../tests/fakes/intercom-api";
import { HelpdeskCallError } from "../helpdesk-call-error";
import { createIntercomClient } from "./client";
import { intercomConnector } from "./connector";
import { ZIntercomSettingsSchema } from "./settings";

const STUDIO = "991267460";
const NOW = Date.UTC(2026, 11, 7, 9, 30, 0);
let fake: IntercomFake | undefined;

afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

async function connect(settings: Record<string, unknown> = { adminId: STUDIO }, options: TIntercomFakeOptions = {}, token?: string) {
  fake = await startIntercomFake(options);
  const parsed = ZIntercomSettingsSchema.parse({ ...settings, baseUrl: fake.baseUrl });
  const client = createIntercomClient(parsed, { accessToken: token ?? fake.accessToken, clientSecret: "unused" }, { now: () => NOW });
  return { fake, client };
}

function sent(f: IntercomFake) {
  return f.requests.map((r) => ({ method: r.method, path: r.path, body: r.body, key: r.headers["idempotency-key"] ?? null }));
}

async function failure(promise: Promise<unknown>): Promise<HelpdeskCallError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(HelpdeskCallError);
  return error as HelpdeskCallError;
}

describe("Intercom client against the local Intercom API", () => {
  it("says who the token belongs to, and lists teams and teammates", async () => {
    const { fake, client } = await connect();
    expect(await client.whoAmI()).toBe("Ava Ops <ava@acme.test> (admin id 991267460) in the Acme Support workspace");
    expect(await client.listGroups()).toEqual([{ id: "814865", name: "Billing" }, { id: "814866", name: "Technical" }]);
    expect(await client.listAgents()).toEqual([
      { id: "991267460", name: "Ava Ops", email: "ava@acme.test" },
      { id: "991267461", name: "Ben Agent", email: "ben@acme.test" },
    ]);
    expect(fake.requests.map((r) => [r.method, r.path, r.headers.authorization, r.headers["intercom-version"]])).toEqual([
      ["GET", "/me", `Bearer ${fake.accessToken}`, "2.14"],
      ["GET", "/teams", `Bearer ${fake.accessToken}`, "2.14"],
      ["GET", "/admins", `Bearer ${fake.accessToken}`, "2.14"],
    ]);
    expect(fake.violations).toEqual([]);
  });

  it("is what the connector builds, calling through the fetch it is given", async () => {
    fake = await startIntercomFake();
    const seen: string[] = [];
    const counting: typeof fetch = (input, init) => {
      seen.push(String(input));
      return fetch(input, init);
    };
    const settings = intercomConnector.settingsSchema.parse({ baseUrl: fake.baseUrl });
    const client = intercomConnector.client(settings, { accessToken: fake.accessToken, clientSecret: "unused" }, { fetch: counting });
    expect(await client.listGroups()).toHaveLength(2);
    expect(seen).toEqual([`${fake.baseUrl}/teams`]);
  });

  it("replies and notes as the configured teammate, the text as escaped HTML paragraphs", async () => {
    const { fake, client } = await connect();
    await client.apply("215", { type: "reply", body: "Hi Maya,\nyour order <#4417> ships today.\n\nThanks & bye" }, "eff-reply");
    await client.apply("215", { type: "note", body: "Refund approved" }, "eff-note");
    expect(sent(fake)).toEqual([
      {
        method: "POST",
        path: "/conversations/215/reply",
        body: { message_type: "comment", type: "admin", admin_id: STUDIO, body: "<p>Hi Maya,<br>your order &lt;#4417&gt; ships today.</p><p>Thanks &amp; bye</p>" },
        key: "eff-reply",
      },
      { method: "POST", path: "/conversations/215/reply", body: { message_type: "note", type: "admin", admin_id: STUDIO, body: "<p>Refund approved</p>" }, key: "eff-note" },
    ]);
    expect(fake.conversation("215").replies).toHaveLength(1);
    expect(fake.conversation("215").notes).toEqual([{ adminId: STUDIO, body: "<p>Refund approved</p>" }]);
    expect(fake.violations).toEqual([]);
  });

  it("assigns to a team and to a teammate, one call each with its own key", async () => {
    const { fake, client } = await connect();
    await client.apply("215", { type: "assign", remoteGroupId: "814865", remoteAssigneeId: "991267461" }, "eff-assign");
    await client.apply("216", { type: "assign", remoteGroupId: null }, "eff-unassign");
    expect(sent(fake)).toEqual([
      { method: "POST", path: "/conversations/215/parts", body: { message_type: "assignment", type: "team", admin_id: STUDIO, assignee_id: "814865" }, key: "eff-assign:assign-team" },
      { method: "POST", path: "/conversations/215/parts", body: { message_type: "assignment", type: "admin", admin_id: STUDIO, assignee_id: "991267461" }, key: "eff-assign:assign-admin" },
      { method: "POST", path: "/conversations/216/parts", body: { message_type: "assignment", type: "team", admin_id: STUDIO, assignee_id: "0" }, key: "eff-unassign:assign-team" },
    ]);
    expect(fake.conversation("215")).toMatchObject({ teamAssigneeId: "814865", adminAssigneeId: "991267461" });
    expect(fake.violations).toEqual([]);
  });

  it("sets priority and custom attributes in one conversation update", async () => {
    const { fake, client } = await connect();
    await client.apply("215", { type: "update", priority: "urgent", fields: { order_id: "4417", refund: true, items: 2 } }, "eff-upd");
    await client.apply("215", { type: "update", priority: "low" }, "eff-upd2");
    expect(sent(fake)).toEqual([
      { method: "PUT", path: "/conversations/215", body: { priority: "priority", custom_attributes: { order_id: "4417", refund: true, items: 2 } }, key: "eff-upd:attributes" },
      { method: "PUT", path: "/conversations/215", body: { priority: "not_priority" }, key: "eff-upd2:attributes" },
    ]);
    expect(fake.conversation("215")).toMatchObject({ priority: "not_priority", customAttributes: { order_id: "4417", refund: true, items: 2 } });
    expect(fake.violations).toEqual([]);
  });

  it("tags by id: finds tags by name, creates missing ones once, and remembers the ids", async () => {
    const { fake, client } = await connect();
    await client.apply("215", { type: "update", addTags: ["vip", "Refund requested"] }, "eff-tags");
    await client.apply("216", { type: "update", addTags: ["Refund requested"], removeTags: ["VIP", "never-made"] }, "eff-tags2");
    const refundId = [...fake.tags].find(([, name]) => name === "Refund requested")![0];
    expect(sent(fake)).toEqual([
      { method: "GET", path: "/tags", body: undefined, key: null },
      { method: "POST", path: "/conversations/215/tags", body: { id: "7522907", admin_id: STUDIO }, key: "eff-tags:tag:vip" },
      { method: "POST", path: "/tags", body: { name: "Refund requested" }, key: "eff-tags:create-tag:Refund requested" },
      { method: "POST", path: "/conversations/215/tags", body: { id: refundId, admin_id: STUDIO }, key: "eff-tags:tag:Refund requested" },
      { method: "POST", path: "/conversations/216/tags", body: { id: refundId, admin_id: STUDIO }, key: "eff-tags2:tag:Refund requested" },
      { method: "DELETE", path: "/conversations/216/tags/7522907", body: { admin_id: STUDIO }, key: "eff-tags2:untag:VIP" },
    ]);
    expect(fake.conversation("215").tagIds).toEqual(["7522907", refundId]);
    expect(fake.violations).toEqual([]);
  });

  it("closes solved tickets, snoozes pending ones for the configured hours and reopens open ones, after the other changes", async () => {
    const { fake, client } = await connect({ adminId: STUDIO, snoozeHours: "8" });
    await client.apply("215", { type: "update", status: "solved", priority: "high" }, "a");
    await client.apply("216", { type: "update", status: "pending" }, "b");
    await client.apply("217", { type: "update", status: "open" }, "c");
    expect(sent(fake)).toEqual([
      { method: "PUT", path: "/conversations/215", body: { priority: "priority" }, key: "a:attributes" },
      { method: "POST", path: "/conversations/215/parts", body: { message_type: "close", type: "admin", admin_id: STUDIO }, key: "a:status" },
      { method: "POST", path: "/conversations/216/parts", body: { message_type: "snoozed", admin_id: STUDIO, snoozed_until: NOW / 1000 + 8 * 3600 }, key: "b:status" },
      { method: "POST", path: "/conversations/217/parts", body: { message_type: "open", admin_id: STUDIO }, key: "c:status" },
    ]);
    expect(fake.conversation("215").state).toBe("closed");
    expect(fake.conversation("216")).toMatchObject({ state: "snoozed", snoozedUntil: NOW / 1000 + 8 * 3600 });
    expect(fake.violations).toEqual([]);
  });

  it("acts as the token's teammate when none is configured, asking Intercom once", async () => {
    const { fake, client } = await connect({});
    await client.apply("215", { type: "note", body: "one" }, "n1");
    await client.apply("215", { type: "note", body: "two" }, "n2");
    expect(fake.requests.filter((r) => r.path === "/me")).toHaveLength(1);
    expect(fake.conversation("215").notes.map((n) => n.adminId)).toEqual([STUDIO, STUDIO]);
  });

  it("sends the effect's key so a retried reply is not a second reply", async () => {
    const { fake, client } = await connect();
    await client.apply("215", { type: "reply", body: "Once" }, "eff-once");
    await client.apply("215", { type: "reply", body: "Once" }, "eff-once");
    expect(fake.requests.map((r) => [r.headers["idempotency-key"], r.deduped])).toEqual([
      ["eff-once", false],
      ["eff-once", true],
    ]);
    expect(fake.conversation("215").replies).toHaveLength(1);
  });

  it("turns a 429 into a retryable failure with Retry-After, without retrying on its own", async () => {
    const { fake, client } = await connect();
    fake.failNext(1, { status: 429, headers: { "retry-after": "7" } });
    const error = await failure(client.apply("215", { type: "reply", body: "Hello" }, "eff-429"));
    expect(error).toMatchObject({ status: 429, retryable: true, retryAfterMs: 7000 });
    expect(error.message).toBe("Intercom answered 429: You have exceeded the rate limit. Please try again later. (rate_limit_exceeded)");
    expect(fake.scripted).toEqual([{ method: "POST", path: "/conversations/215/reply", status: 429 }]);
    expect(fake.requests).toEqual([]);
  });

  it("turns a 500 into a retryable failure, tried once", async () => {
    const { fake, client } = await connect();
    fake.failNext(1, { status: 500 });
    const error = await failure(client.apply("215", { type: "note", body: "x" }, "eff-500"));
    expect(error).toMatchObject({ status: 500, retryable: true, retryAfterMs: null });
    expect(fake.scripted).toHaveLength(1);
    expect(fake.requests).toEqual([]);
  });

  it("turns a 422 into a permanent failure with Intercom's own message", async () => {
    const { fake, client } = await connect();
    fake.failNext(1, { status: 422, body: intercomErrorBody("conversation_closed", "Conversation 215 is already closed") });
    const error = await failure(client.apply("215", { type: "update", status: "closed" }, "eff-422"));
    expect(error).toMatchObject({ status: 422, retryable: false });
    expect(error.message).toBe("Intercom answered 422: Conversation 215 is already closed (conversation_closed)");
  });

  it("turns a wrong token into a permanent 401", async () => {
    const { client } = await connect({ adminId: STUDIO }, {}, "revoked-token");
    const error = await failure(client.whoAmI());
    expect(error).toMatchObject({ status: 401, retryable: false, message: "Intercom answered 401: Access Token Invalid (unauthorized)" });
  });

  it("turns an unknown conversation into a permanent 404", async () => {
    const { client } = await connect({ adminId: STUDIO }, { knownConversations: ["215"] });
    const error = await failure(client.apply("999", { type: "reply", body: "x" }, "eff-404"));
    expect(error).toMatchObject({ status: 404, retryable: false, message: "Intercom answered 404: Resource Not Found (not_found)" });
  });

  it("turns a refused connection into a retryable network failure", async () => {
    const { fake, client } = await connect();
    await fake.close();
    const error = await failure(client.apply("215", { type: "reply", body: "x" }, "eff-net"));
    expect(error).toMatchObject({ status: null, retryable: true });
    expect(error.message).toMatch(/^Intercom could not be reached/);
  });

  it("refuses an answer it cannot read instead of guessing", async () => {
    const { fake, client } = await connect();
    fake.failNext(1, { status: 200, body: { type: "team.list" } });
    const error = await failure(client.listGroups());
    expect(error).toMatchObject({ retryable: false });
    expect(error.message).toMatch(/the team list in a shape the studio cannot read \(teams:/);
  });

  it("has a fake that refuses and records a body off the documented shape", async () => {
    fake = await startIntercomFake();
    const answer = await fetch(`${fake.baseUrl}/conversations/215/reply`, {
      method: "POST",
      headers: { authorization: `Bearer ${fake.accessToken}`, "intercom-version": "2.14", "content-type": "application/json" },
      body: JSON.stringify({ message_type: "comment", type: "admin", admin_id: 991267460, body: "x", extra: true }),
    });
    expect(answer.status).toBe(400);
    expect(await answer.json()).toMatchObject({ type: "error.list", errors: [{ code: "parameter_invalid" }] });
    expect(fake.violations).toHaveLength(1);
    expect(fake.violations[0]).toMatch(/^POST \/conversations\/215\/reply: reply: .*admin_id.*; .*extra/);
    expect(fake.requests).toEqual([]);
    expect(fake.conversation("215").replies).toEqual([]);
  });
});
