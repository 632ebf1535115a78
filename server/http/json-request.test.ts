import { afterEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { studioSignatureHeaders } from "../helpdesk/studio/signature";
import { NOT_CONFIGURED, readSignedJson } from "./json-request";

const SECRET = "unit-test-webhook-secret-0123456789abcdef";
const schema = z.object({ subject: z.string() });
const body = JSON.stringify({ subject: "Hi" });

const post = (headers: Record<string, string>, raw = body) =>
  new Request("http://test/api/webhooks/tickets", { method: "POST", headers: { "content-type": "application/json", ...headers }, body: raw });
const signed = (at = new Date(), secret = SECRET, raw = body) => post(studioSignatureHeaders(secret, raw, at), raw);

afterEach(() => {
  delete process.env.STUDIO_WEBHOOK_SECRET;
});

describe("readSignedJson", () => {
  it("answers 503 'not configured' when no secret is set, without reading the body", async () => {
    const request = signed();
    const result = await readSignedJson(request, schema, "ticket", undefined);
    expect(result).toEqual({ ok: false, status: 503, body: { error: NOT_CONFIGURED, issues: [] } });
    expect(NOT_CONFIGURED).toMatch(/set STUDIO_WEBHOOK_SECRET/);
    expect(request.bodyUsed).toBe(false);
  });

  it("takes a request signed with the secret and names the delivery by its signature", async () => {
    const at = new Date();
    const first = await readSignedJson(signed(at), schema, "ticket", SECRET);
    expect(first).toMatchObject({ ok: true, data: { subject: "Hi" } });
    const again = await readSignedJson(signed(at), schema, "ticket", SECRET);
    const later = await readSignedJson(signed(new Date(at.getTime() + 2000)), schema, "ticket", SECRET);
    if (!first.ok || !again.ok || !later.ok) throw new Error("expected signed requests to pass");
    expect(again.deliveryId).toBe(first.deliveryId);
    expect(later.deliveryId).not.toBe(first.deliveryId);
  });

  it("refuses unsigned, wrongly signed, stale, future and changed-body requests with 401 and says why", async () => {
    const cases: Array<[Request, RegExp]> = [
      [post({}), /not signed/],
      [signed(new Date(), "another-secret-of-the-same-kind-0123456789"), /does not match.*STUDIO_WEBHOOK_SECRET/],
      [signed(new Date(Date.now() - 6 * 60_000)), /stale/],
      [signed(new Date(Date.now() + 6 * 60_000)), /future/],
      [post(studioSignatureHeaders(SECRET, body, new Date()), JSON.stringify({ subject: "Changed" })), /does not match/],
      [post({ "x-studio-timestamp": String(Math.floor(Date.now() / 1000)), "x-studio-signature": "v1=abc" }), /64 hex digits/],
    ];
    for (const [request, reason] of cases) {
      const result = await readSignedJson(request, schema, "ticket", SECRET);
      expect(result).toMatchObject({ ok: false, status: 401 });
      if (!result.ok) expect(result.body.error).toMatch(reason);
    }
  });

  it("refuses an oversized body with 413 before checking or parsing it", async () => {
    const huge = "x".repeat(1024 * 1024 + 1);
    const result = await readSignedJson(post({}, huge), schema, "ticket", SECRET);
    expect(result).toMatchObject({ ok: false, status: 413 });
  });

  it("checks the signature before the JSON, then names invalid fields", async () => {
    expect(await readSignedJson(post({}, "{nope"), schema, "ticket", SECRET)).toMatchObject({ status: 401 });
    expect(await readSignedJson(signed(new Date(), SECRET, "{nope"), schema, "ticket", SECRET)).toMatchObject({ status: 400, body: { error: "The body is not valid JSON" } });
    const wrong = await readSignedJson(signed(new Date(), SECRET, JSON.stringify({ subject: 3 })), schema, "ticket", SECRET);
    expect(wrong).toMatchObject({ ok: false, status: 400, body: { issues: [{ path: "subject" }] } });
  });
});
