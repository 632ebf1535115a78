import { describe, expect, it } from "vitest";
import { freshdeskTime, signFreshdeskWebhook } from "../../../tests/fakes/freshdesk-api";
import type { TInboundRequest } from "../contract";
import createdFixture from "./fixtures/ticket-created.json";
import { verifyFreshdeskDelivery } from "./verify";

const secrets = { apiKey: "k", webhookSecret: "s3cret-0123456789-abcdefghijklmnopqrstuv" };
const now = new Date("2026-12-06T14:05:00Z");

function delivery(overrides: Partial<TInboundRequest> = {}, updatedAt = new Date("2026-12-06T14:03:11Z")): TInboundRequest {
  const rawBody = JSON.stringify({ ...createdFixture, updated_at: freshdeskTime(updatedAt) });
  return { rawBody, headers: signFreshdeskWebhook(secrets.webhookSecret, rawBody), receivedAt: now, ...overrides };
}

describe("verifyFreshdeskDelivery", () => {
  it("takes a delivery with the secret header and a fresh ticket time, named by the body's SHA-256", () => {
    const req = delivery();
    const result = verifyFreshdeskDelivery(req, secrets);
    expect(result).toEqual({ ok: true, deliveryId: expect.stringMatching(/^[0-9a-f]{64}$/) });
    // The same delivery again has the same id, so the inbound service refuses it as a replay.
    expect(verifyFreshdeskDelivery(delivery(), secrets)).toEqual(result);
  });

  it("gives a different id to a different event on the same ticket", () => {
    const a = verifyFreshdeskDelivery(delivery(), secrets);
    const b = verifyFreshdeskDelivery(delivery({}, new Date("2026-12-06T14:04:00Z")), secrets);
    expect(a.ok && b.ok && a.deliveryId !== b.deliveryId).toBe(true);
  });

  it("refuses a wrong secret", () => {
    const req = delivery();
    const result = verifyFreshdeskDelivery({ ...req, headers: { ...req.headers, "x-studio-webhook-secret": "guess" } }, secrets);
    expect(result).toEqual({ ok: false, reason: expect.stringContaining("does not match") });
  });

  it("refuses a secret that differs only at its end (no length or prefix shortcut)", () => {
    const req = delivery();
    const near = `${secrets.webhookSecret.slice(0, -1)}w`;
    expect(verifyFreshdeskDelivery({ ...req, headers: { ...req.headers, "x-studio-webhook-secret": near } }, secrets).ok).toBe(false);
  });

  it("refuses a delivery without the header, saying where to add it", () => {
    const req = delivery();
    const result = verifyFreshdeskDelivery({ ...req, headers: { "content-type": "application/json" } }, secrets);
    expect(result).toEqual({ ok: false, reason: expect.stringContaining("X-Studio-Webhook-Secret") });
  });

  it("refuses a delivery about a change more than an hour old (a replay after the receipts are gone)", () => {
    const result = verifyFreshdeskDelivery(delivery({}, new Date("2026-12-06T13:04:59Z")), secrets);
    expect(result).toEqual({ ok: false, reason: expect.stringContaining("more than an hour ago") });
    expect(verifyFreshdeskDelivery(delivery({}, new Date("2026-12-06T13:05:01Z")), secrets).ok).toBe(true);
  });

  it("refuses a ticket time far in the future", () => {
    const result = verifyFreshdeskDelivery(delivery({}, new Date("2026-12-06T14:30:00Z")), secrets);
    expect(result).toEqual({ ok: false, reason: expect.stringContaining("future") });
  });

  it("reads Freshdesk's time with an offset", () => {
    const rawBody = JSON.stringify({ ...createdFixture, updated_at: "2026-12-06 19:34:00 +0530" });
    const req = { rawBody, headers: { "x-studio-webhook-secret": secrets.webhookSecret }, receivedAt: now };
    expect(verifyFreshdeskDelivery(req, secrets).ok).toBe(true);
  });

  it("refuses a body without a readable time, and one that is not JSON", () => {
    const headers = { "x-studio-webhook-secret": secrets.webhookSecret };
    const noTime = verifyFreshdeskDelivery({ rawBody: JSON.stringify({ ...createdFixture, updated_at: "" }), headers, receivedAt: now }, secrets);
    expect(noTime).toEqual({ ok: false, reason: expect.stringContaining("updated_at") });
    const notJson = verifyFreshdeskDelivery({ rawBody: "ticket=4411", headers, receivedAt: now }, secrets);
    expect(notJson).toEqual({ ok: false, reason: expect.stringContaining("not JSON") });
  });

  it("takes a body changed in transit (Freshdesk signs no body; the secret header is the only proof) under a new id", () => {
    const req = delivery();
    const tampered = { ...req, rawBody: req.rawBody.replace("Charged twice", "Charged thrice") };
    const a = verifyFreshdeskDelivery(req, secrets);
    const b = verifyFreshdeskDelivery(tampered, secrets);
    expect(a.ok && b.ok && a.deliveryId !== b.deliveryId).toBe(true);
    // Without the secret, the changed body is refused like any other.
    expect(verifyFreshdeskDelivery({ ...tampered, headers: { "x-studio-webhook-secret": "x".repeat(40) } }, secrets).ok).toBe(false);
  });
});
