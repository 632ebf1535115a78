import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startFreshdeskFake, type FreshdeskFake } from "../../../tests/fakes/freshdesk-api";

// The fake must catch a client that strays from Freshdesk's documented shapes, or the client tests prove nothing.
let fake: FreshdeskFake;
const auth = () => ({ authorization: `Basic ${Buffer.from(`${fake.apiKey}:X`).toString("base64")}`, "content-type": "application/json" });
const call = (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
  fetch(`${fake.baseUrl}/api/v2${path}`, { method, headers: { ...auth(), ...headers }, body: body === undefined ? undefined : JSON.stringify(body) });

beforeEach(async () => {
  fake = await startFreshdeskFake();
  fake.addTicket(7);
});
afterEach(() => fake.close());

describe("the Freshdesk fake", () => {
  it("answers a body off the documented shape with Freshdesk's validation error and records the violation", async () => {
    const res = await call("POST", "/tickets/7/reply", { body: "Hi", private: true });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      description: "Validation failed",
      errors: [{ field: "private", message: "Unexpected/invalid field in request", code: "invalid_field" }],
    });
    const update = await call("PUT", "/tickets/7", { priority: "high", tags: "vip" });
    expect(update.status).toBe(400);
    expect(fake.violations).toEqual([
      "POST /tickets/7/reply: private: Unexpected/invalid field in request",
      "PUT /tickets/7: priority: It should be one of these values: '1,2,3,4'; tags: It should be a/an Array",
    ]);
    expect(fake.requests).toEqual([]);
  });

  it("records a body that is not JSON, and a write without the JSON content type", async () => {
    await fetch(`${fake.baseUrl}/api/v2/tickets/7/notes`, { method: "POST", headers: auth(), body: "{body:" });
    const res = await call("POST", "/tickets/7/notes", { body: "x" }, { "content-type": "text/plain" });
    expect(res.status).toBe(415);
    expect(fake.violations).toHaveLength(2);
  });

  it("answers scripted requests first, with Freshdesk's error body when none is given, and lists them", async () => {
    fake.failNext(2, { status: 503 });
    expect((await call("GET", "/groups")).status).toBe(503);
    const second = await call("GET", "/tickets/7");
    expect(await second.json()).toMatchObject({ code: "internal_error" });
    expect((await call("GET", "/tickets/7")).status).toBe(200);
    expect(fake.scripted).toEqual([
      { method: "GET", path: "/groups", status: 503 },
      { method: "GET", path: "/tickets/7", status: 503 },
    ]);
    expect(fake.requests.map((r) => r.path)).toEqual(["/tickets/7"]);
  });

  it("dedupes a write by its Idempotency-Key, answering as the first time", async () => {
    const first = await call("POST", "/tickets/7/notes", { body: "once", private: true }, { "idempotency-key": "k1" });
    const again = await call("POST", "/tickets/7/notes", { body: "once", private: true }, { "idempotency-key": "k1" });
    expect(again.status).toBe(201);
    expect(await again.json()).toEqual(await first.json());
    expect(fake.ticket(7).conversations).toHaveLength(1);
    expect(fake.replays).toBe(1);
  });
});
