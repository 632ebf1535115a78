import { createServer } from "node:net";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startZendeskFake, type ZendeskFake } from "../../../tests/fakes/zendesk-api";
import { HelpdeskCallError } from "../helpdesk-call-error";
import { zendeskClient } from "./client";
import type { TZendeskSettings } from "./settings";

let zd: ZendeskFake;

beforeEach(async () => {
  zd = await startZendeskFake({
    me: { id: 9001, name: "Support bot", email: "bot@acme.example", role: "admin" },
    token: "tok-123",
    groups: [
      { id: 360002, name: "Tier 2" },
      { id: 360001, name: "Billing" },
      { id: 360009, name: "Old queue", deleted: true },
    ],
    users: [
      { id: 7001, name: "Ava Agent", email: "ava@acme.example", role: "agent" },
      { id: 7002, name: "Ben Boss", email: "ben@acme.example", role: "admin" },
      { id: 7003, name: "Gone Agent", email: "gone@acme.example", role: "agent", active: false },
      { id: 20978392, name: "Sam Customer", email: "sam@customer.example", role: "end-user" },
    ],
  });
});

afterEach(async () => {
  await zd.close();
});

function client(overrides: { token?: string; baseUrl?: string } = {}) {
  const settings: TZendeskSettings = { subdomain: "acme", agentEmail: zd.email, baseUrl: overrides.baseUrl ?? zd.baseUrl };
  return zendeskClient(settings, { apiToken: overrides.token ?? zd.token });
}

async function failure(work: Promise<unknown>): Promise<HelpdeskCallError> {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(HelpdeskCallError);
  return error as HelpdeskCallError;
}

describe("zendeskClient against a local Zendesk", () => {
  it("sends a reply as a public comment, with the effect's Idempotency-Key and API-token auth", async () => {
    await client().apply("35436", { type: "reply", body: "Thanks, we are on it." }, "effect-1");
    expect(zd.violations).toEqual([]);
    const [write] = zd.writes();
    expect(write).toMatchObject({ method: "PUT", path: "/api/v2/tickets/35436", body: { ticket: { comment: { body: "Thanks, we are on it.", public: true } } } });
    expect(write!.headers["idempotency-key"]).toBe("effect-1");
    expect(write!.headers.authorization).toBe(`Basic ${Buffer.from("bot@acme.example/token:tok-123").toString("base64")}`);
    expect(zd.ticket("35436").comments).toEqual([{ id: expect.any(Number), body: "Thanks, we are on it.", public: true, author_id: 9001 }]);
  });

  it("sends a note as a private comment", async () => {
    await client().apply("35436", { type: "note", body: "Customer is on the enterprise plan." }, "effect-2");
    expect(zd.writes().map((w) => w.body)).toEqual([{ ticket: { comment: { body: "Customer is on the enterprise plan.", public: false } } }]);
    expect(zd.violations).toEqual([]);
  });

  it("assigns group and agent by their Zendesk ids, and null clears the agent", async () => {
    await client().apply("35436", { type: "assign", remoteGroupId: "360001", remoteAssigneeId: "7001" }, "effect-3");
    await client().apply("35436", { type: "assign", remoteAssigneeId: null }, "effect-4");
    expect(zd.writes().map((w) => w.body)).toEqual([{ ticket: { group_id: 360001, assignee_id: 7001 } }, { ticket: { assignee_id: null } }]);
    expect(zd.ticket("35436")).toMatchObject({ group_id: 360001, assignee_id: null });
    expect(zd.violations).toEqual([]);
  });

  it("updates priority, status, tags (added and removed without replacing) and custom fields by id", async () => {
    await client().apply(
      "35436",
      { type: "update", priority: "urgent", status: "pending", addTags: ["vip", "refund"], removeTags: ["new_ticket"], fields: { "360011": "gold", "360012": true } },
      "effect-5",
    );
    expect(zd.writes().map((w) => w.body)).toEqual([
      {
        ticket: {
          priority: "urgent",
          status: "pending",
          additional_tags: ["vip", "refund"],
          remove_tags: ["new_ticket"],
          custom_fields: [
            { id: 360011, value: "gold" },
            { id: 360012, value: true },
          ],
        },
      },
    ]);
    expect(zd.ticket("35436")).toMatchObject({ priority: "urgent", status: "pending", tags: ["vip", "refund"], custom_fields: { 360011: "gold", 360012: true } });
    expect(zd.violations).toEqual([]);
  });

  it("refuses custom fields named by anything but their Zendesk id, without calling Zendesk", async () => {
    const error = await failure(client().apply("35436", { type: "update", fields: { plan: "gold" } }, "effect-6"));
    expect(error.retryable).toBe(false);
    expect(error.message).toMatch(/"plan" is not one/);
    expect(zd.requests).toEqual([]);
  });

  it("makes no call for an action that changes nothing", async () => {
    await client().apply("35436", { type: "update" }, "effect-7");
    await client().apply("35436", { type: "assign" }, "effect-8");
    expect(zd.requests).toEqual([]);
  });

  it("does not retry by itself; a 429 becomes a retryable error with Retry-After in ms", async () => {
    zd.failNext(1, { status: 429, headers: { "retry-after": "7" } }, "write");
    const error = await failure(client().apply("35436", { type: "reply", body: "Hello" }, "effect-9"));
    expect(error).toMatchObject({ status: 429, retryable: true, retryAfterMs: 7000 });
    expect(zd.scripted).toEqual([{ method: "PUT", path: "/api/v2/tickets/35436", status: 429 }]);
    expect(zd.requests).toEqual([]);
  });

  it("a 500 is retryable", async () => {
    zd.failNext(1, { status: 500 });
    const error = await failure(client().apply("35436", { type: "reply", body: "Hello" }, "effect-10"));
    expect(error).toMatchObject({ status: 500, retryable: true });
  });

  it("a 422 is permanent, with Zendesk's own message", async () => {
    const error = await failure(client().apply("35436", { type: "assign", remoteGroupId: "424242" }, "effect-11"));
    expect(error).toMatchObject({ status: 422, retryable: false });
    expect(error.message).toBe("Zendesk answered 422: Record validation errors (RecordInvalid): Group: is invalid");
    expect(zd.violations).toEqual([]);
  });

  it("a 401 is permanent, with Zendesk's message", async () => {
    const error = await failure(client({ token: "wrong" }).whoAmI());
    expect(error).toMatchObject({ status: 401, retryable: false, message: "Zendesk answered 401: Couldn't authenticate you" });
  });

  it("a refused connection is a retryable network error", async () => {
    const port = await freePort();
    const error = await failure(client({ baseUrl: `http://127.0.0.1:${port}` }).apply("35436", { type: "note", body: "x" }, "effect-12"));
    expect(error).toMatchObject({ status: null, retryable: true });
    expect(error.message).toMatch(/^Zendesk could not be reached/);
  });

  it("a retried write with the same key reaches Zendesk once", async () => {
    const c = client();
    await c.apply("35436", { type: "reply", body: "Once only" }, "effect-13");
    await c.apply("35436", { type: "reply", body: "Once only" }, "effect-13");
    expect(zd.writes()).toHaveLength(1);
    expect(zd.ticket("35436").comments).toHaveLength(1);
  });

  it("says who the token belongs to", async () => {
    await expect(client().whoAmI()).resolves.toBe(`Support bot <bot@acme.example> on ${new URL(zd.baseUrl).host}`);
  });

  it("lists live groups and active agents and admins, by name", async () => {
    await expect(client().listGroups()).resolves.toEqual([
      { id: "360001", name: "Billing" },
      { id: "360002", name: "Tier 2" },
    ]);
    await expect(client().listAgents()).resolves.toEqual([
      { id: "7001", name: "Ava Agent", email: "ava@acme.example" },
      { id: "7002", name: "Ben Boss", email: "ben@acme.example" },
      { id: "9001", name: "Support bot", email: "bot@acme.example" },
    ]);
    expect(zd.requests.map((r) => `${r.path}?${r.query.toString()}`)).toEqual([
      "/api/v2/groups?page%5Bsize%5D=100",
      "/api/v2/users?role=agent&page%5Bsize%5D=100",
      "/api/v2/users?role=admin&page%5Bsize%5D=100",
    ]);
    expect(zd.violations).toEqual([]);
  });

  it("follows Zendesk's cursor pages", async () => {
    await zd.close();
    const many = Array.from({ length: 130 }, (_, i) => ({ id: 500_000 + i, name: `Group ${String(i).padStart(3, "0")}` }));
    zd = await startZendeskFake({ token: "tok-123", groups: many });
    const groups = await zendeskClient({ subdomain: "acme", agentEmail: zd.email, baseUrl: zd.baseUrl }, { apiToken: zd.token }).listGroups();
    expect(groups.map((g) => g.id)).toEqual(many.map((g) => String(g.id)));
    expect(zd.requests.map((r) => r.query.get("page[after]"))).toEqual([null, "100"]);
  });
});

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
