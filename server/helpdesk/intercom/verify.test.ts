import { createHmac } from "node:crypto";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { signIntercomWebhook } from "../../../tests/fakes/intercom-api";
import { verifyIntercomDelivery } from "./verify";

const SECRETS = { accessToken: "tok", clientSecret: "8c2a3f0e-client-secret" };
const rawBody = readFileSync(new URL("./fixtures/conversation-user-created.json", import.meta.url), "utf8");
const createdAtMs = JSON.parse(rawBody).created_at * 1000;

/** Signed as Intercom documents it, computed here independently of the code under test. */
function signed(body: string, secret = SECRETS.clientSecret) {
  return `sha1=${createHmac("sha1", secret).update(body).digest("hex")}`;
}

function delivery(body: string, headers: Record<string, string>, receivedAt = new Date(createdAtMs + 5_000)) {
  return { rawBody: body, headers, receivedAt };
}

describe("verifyIntercomDelivery", () => {
  it("accepts a correctly signed fresh notification and names it by its notification id", () => {
    const result = verifyIntercomDelivery(delivery(rawBody, { "x-hub-signature": signed(rawBody) }), SECRETS);
    expect(result).toEqual({ ok: true, deliveryId: "notif_0b6e7c1a-7d41-4bd4-9d0e-1f2a3b4c5d01" });
  });

  it("accepts the fake's signing helper and an upper-case hex digest", () => {
    expect(verifyIntercomDelivery(delivery(rawBody, signIntercomWebhook(SECRETS.clientSecret, rawBody)), SECRETS).ok).toBe(true);
    const upper = `sha1=${signed(rawBody).slice(5).toUpperCase()}`;
    expect(verifyIntercomDelivery(delivery(rawBody, { "x-hub-signature": upper }), SECRETS).ok).toBe(true);
  });

  it("gives a replayed delivery the same id, and another notification a different one", () => {
    const first = verifyIntercomDelivery(delivery(rawBody, { "x-hub-signature": signed(rawBody) }), SECRETS);
    const again = verifyIntercomDelivery(delivery(rawBody, { "x-hub-signature": signed(rawBody) }, new Date(createdAtMs + 60_000)), SECRETS);
    const otherBody = readFileSync(new URL("./fixtures/conversation-user-replied.json", import.meta.url), "utf8");
    const other = verifyIntercomDelivery(delivery(otherBody, { "x-hub-signature": signed(otherBody) }), SECRETS);
    expect(first.ok && again.ok && other.ok).toBe(true);
    if (first.ok && again.ok && other.ok) {
      expect(again.deliveryId).toBe(first.deliveryId);
      expect(other.deliveryId).not.toBe(first.deliveryId);
    }
  });

  it("refuses a delivery without a signature", () => {
    const result = verifyIntercomDelivery(delivery(rawBody, {}), SECRETS);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toMatch(/no X-Hub-Signature/);
  });

  it("refuses a signature made with another secret", () => {
    const result = verifyIntercomDelivery(delivery(rawBody, { "x-hub-signature": signed(rawBody, "someone-else") }), SECRETS);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toMatch(/does not match.*client secret/);
  });

  it("refuses a body changed after signing", () => {
    const tampered = rawBody.replace("#4417", "#4418");
    expect(tampered).not.toBe(rawBody);
    const result = verifyIntercomDelivery(delivery(tampered, { "x-hub-signature": signed(rawBody) }), SECRETS);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toMatch(/does not match/);
  });

  it("refuses a header in another form (sha256, no prefix, short digest)", () => {
    const sha256 = `sha256=${createHmac("sha256", SECRETS.clientSecret).update(rawBody).digest("hex")}`;
    for (const header of [sha256, signed(rawBody).slice(5), signed(rawBody).slice(0, -2)]) {
      const result = verifyIntercomDelivery(delivery(rawBody, { "x-hub-signature": header }), SECRETS);
      expect(result.ok, header).toBe(false);
    }
  });

  it("refuses a notification created more than an hour before it arrived, and takes one just inside the hour", () => {
    const stale = verifyIntercomDelivery(delivery(rawBody, { "x-hub-signature": signed(rawBody) }, new Date(createdAtMs + 61 * 60_000)), SECRETS);
    expect(stale.ok).toBe(false);
    expect(!stale.ok && stale.reason).toMatch(/stale.*61 minutes/);
    const inTime = verifyIntercomDelivery(delivery(rawBody, { "x-hub-signature": signed(rawBody) }, new Date(createdAtMs + 59 * 60_000)), SECRETS);
    expect(inTime.ok).toBe(true);
  });

  it("refuses a signed body that is not a notification (no id to protect against replay)", () => {
    const body = JSON.stringify({ type: "notification_event", topic: "ping", created_at: Math.floor(createdAtMs / 1000) });
    const result = verifyIntercomDelivery(delivery(body, { "x-hub-signature": signed(body) }), SECRETS);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toMatch(/not an Intercom notification/);
  });
});
