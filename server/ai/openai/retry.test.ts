import { APIConnectionTimeoutError, APIError } from "openai";
import { describe, expect, it } from "vitest";
import { classifyFailure, DEFAULT_RETRY_POLICY, InvalidOutputError, retryAfterMs, retryDelayMs, withRetries } from "./retry";

const status = (code: number, headers: Record<string, string> = {}) => APIError.generate(code, { message: "x" }, undefined, new Headers(headers));

describe("retry policy", () => {
  it("retries rate limits, server errors and timeouts, but not our own mistakes or bad answers", () => {
    expect([429, 500, 502, 503, 408].map((c) => classifyFailure(status(c)).retryable)).toEqual([true, true, true, true, true]);
    expect([400, 401, 403, 404, 422].map((c) => classifyFailure(status(c)).retryable)).toEqual([false, false, false, false, false]);
    expect(classifyFailure(new APIConnectionTimeoutError())).toMatchObject({ retryable: true, reason: "timed out" });
    expect(classifyFailure(new InvalidOutputError("content is not JSON"))).toMatchObject({ retryable: false, reason: "invalid output: content is not JSON" });
  });

  it("reads Retry-After as seconds, as an HTTP date, or retry-after-ms", () => {
    const now = Date.parse("2026-03-02T10:00:00Z");
    expect(retryAfterMs(new Headers({ "retry-after": "7" }), now)).toBe(7000);
    expect(retryAfterMs(new Headers({ "retry-after": "Mon, 02 Mar 2026 10:00:30 GMT" }), now)).toBe(30_000);
    expect(retryAfterMs(new Headers({ "retry-after-ms": "250", "retry-after": "7" }), now)).toBe(250);
    expect(retryAfterMs(new Headers({ "retry-after": "soon" }), now)).toBeNull();
    expect(retryAfterMs(new Headers(), now)).toBeNull();
    expect(classifyFailure(status(429, { "retry-after": "2" })).retryAfterMs).toBe(2000);
  });

  it("grows the backoff ceiling exponentially up to the cap and jitters below it", () => {
    const policy = { ...DEFAULT_RETRY_POLICY, baseDelayMs: 100, maxDelayMs: 1000 };
    expect([0, 1, 2, 3, 4].map((i) => retryDelayMs(i, policy, () => 1, null))).toEqual([100, 200, 400, 800, 1000]);
    expect(retryDelayMs(3, policy, () => 0, null)).toBe(0);
    expect(retryDelayMs(0, policy, () => 1, 5000)).toBe(5000);
    expect(retryDelayMs(0, policy, () => 1, policy.maxRetryAfterMs + 1)).toBeNull();
  });

  it("stops at the first non-retryable failure and reports the attempts made", async () => {
    let calls = 0;
    const sleeps: number[] = [];
    const outcome = await withRetries(
      async () => {
        calls += 1;
        throw calls === 1 ? status(503) : status(401);
      },
      DEFAULT_RETRY_POLICY,
      { sleep: async (ms) => void sleeps.push(ms), random: () => 0, now: () => 0 },
    );
    expect(outcome).toEqual({ ok: false, reason: "HTTP 401", attempts: 2 });
    expect(sleeps).toHaveLength(1);
  });

  it("starts no retry whose wait and full attempt would overrun the call's budget", async () => {
    const clock = [0, 3_000, 9_000]; // read at the start, then after attempts 1 and 2
    let calls = 0;
    const outcome = await withRetries(
      async () => {
        calls += 1;
        throw status(500);
      },
      { ...DEFAULT_RETRY_POLICY, maxRetries: 5, baseDelayMs: 1_000, budgetMs: 12_000, attemptTimeoutMs: 4_000 },
      { sleep: async () => {}, random: () => 0.5, now: () => clock.shift() ?? 99_999 },
    );
    // After attempt 1: 3 s + 0.5 s wait + 4 s fits in 12 s. After attempt 2: 9 s + 1 s + 4 s does not.
    expect(outcome).toEqual({ ok: false, reason: "HTTP 500, no time left to retry", attempts: 2 });
    expect(calls).toBe(2);
  });
});
