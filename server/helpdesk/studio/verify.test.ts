import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { TInboundRequest } from "../contract";
import { verifyStudioDelivery } from "./verify";

const secrets = { signingSecret: "s".repeat(16) + "0123456789abcdefghij" };
const now = new Date("2026-12-07T10:00:00Z");
const rawBody = JSON.stringify({ externalId: "T-1", subject: "Hi", body: "Hello", customer: { externalId: "C-1" } });

/** Signed as the set-up guide tells a developer: hex HMAC-SHA256 of "<timestamp>.<body>". */
function signed({ secret = secrets.signingSecret, at = now, body = rawBody, header }: { secret?: string; at?: Date; body?: string; header?: string } = {}): TInboundRequest {
  const timestamp = String(Math.floor(at.getTime() / 1000));
  const signature = createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex");
  return { rawBody: body, headers: { "x-studio-timestamp": timestamp, "x-studio-signature": header ?? `v1=${signature}` }, receivedAt: now };
}

describe("verifyStudioDelivery", () => {
  it("takes a request signed with the connection's secret, named by its timestamp and signature", () => {
    const result = verifyStudioDelivery(signed(), secrets);
    expect(result).toEqual({ ok: true, deliveryId: expect.stringMatching(/^[0-9a-f]{64}$/) });
    // The same request again has the same name (the receipts refuse it); one signed a second later does not.
    expect(verifyStudioDelivery(signed(), secrets)).toEqual(result);
    const later = verifyStudioDelivery(signed({ at: new Date(now.getTime() + 1000) }), secrets);
    expect(later.ok && result.ok && later.deliveryId !== result.deliveryId).toBe(true);
  });

  it("refuses a request signed with another secret", () => {
    expect(verifyStudioDelivery(signed({ secret: "another secret of some length 0123456789" }), secrets)).toEqual({ ok: false, reason: expect.stringContaining("does not match") });
  });

  it("refuses a body changed after signing", () => {
    const req = signed();
    expect(verifyStudioDelivery({ ...req, rawBody: req.rawBody.replace("Hello", "Hellp") }, secrets).ok).toBe(false);
  });

  it("refuses a timestamp more than 5 minutes old or ahead, and takes one just inside", () => {
    const stale = verifyStudioDelivery(signed({ at: new Date(now.getTime() - 5 * 60_000 - 1000) }), secrets);
    expect(stale).toEqual({ ok: false, reason: expect.stringContaining("stale") });
    const ahead = verifyStudioDelivery(signed({ at: new Date(now.getTime() + 5 * 60_000 + 1000) }), secrets);
    expect(ahead).toEqual({ ok: false, reason: expect.stringContaining("future") });
    expect(verifyStudioDelivery(signed({ at: new Date(now.getTime() - 4 * 60_000) }), secrets).ok).toBe(true);
    expect(verifyStudioDelivery(signed({ at: new Date(now.getTime() + 4 * 60_000) }), secrets).ok).toBe(true);
  });

  it("refuses a request without the headers, saying which", () => {
    const result = verifyStudioDelivery({ rawBody, headers: {}, receivedAt: now }, secrets);
    expect(result).toEqual({ ok: false, reason: expect.stringContaining("X-Studio-Timestamp and X-Studio-Signature") });
  });

  it("refuses malformed headers: a date for a timestamp, no scheme, short or non-hex digests", () => {
    const good = signed();
    const timestamp = { ...good, headers: { ...good.headers, "x-studio-timestamp": now.toISOString() } };
    expect(verifyStudioDelivery(timestamp, secrets)).toEqual({ ok: false, reason: expect.stringContaining("unix time") });
    const digest = good.headers["x-studio-signature"]!.slice(3);
    for (const header of [digest, `v0=${digest}`, `v1=${digest.slice(1)}`, `v1=${"z".repeat(64)}`, "v1="]) {
      expect(verifyStudioDelivery(signed({ header }), secrets)).toEqual({ ok: false, reason: expect.stringContaining('"v1="') });
    }
  });

  it("takes several signatures when one matches (a sender changing secrets), and refuses when none does", () => {
    const good = signed().headers["x-studio-signature"]!;
    const other = signed({ secret: "the old secret, long enough to be one 0123" }).headers["x-studio-signature"]!;
    expect(verifyStudioDelivery(signed({ header: `${other}, ${good}` }), secrets).ok).toBe(true);
    expect(verifyStudioDelivery(signed({ header: `${other},${other}` }), secrets).ok).toBe(false);
  });
});
