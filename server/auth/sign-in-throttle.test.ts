import { describe, expect, it } from "vitest";
import { FREE_FAILURES, lockedMessage, lockSecondsAfter, throttleKey } from "./sign-in-throttle";

describe("per-account backoff", () => {
  it("costs nothing for the first few failures, then locks for longer with every failure, up to a cap", () => {
    for (let failures = 0; failures < FREE_FAILURES; failures++) expect(lockSecondsAfter(failures)).toBe(0);
    const locks = Array.from({ length: 12 }, (_, i) => lockSecondsAfter(FREE_FAILURES + i));
    expect(locks[0]).toBeGreaterThan(0);
    for (let i = 1; i < locks.length; i++) expect(locks[i]).toBeGreaterThanOrEqual(locks[i - 1]!);
    expect(locks[1]).toBe(2 * locks[0]!);
    expect(lockSecondsAfter(10_000)).toBe(locks.at(-1));
    expect(Number.isFinite(lockSecondsAfter(10_000))).toBe(true);
  });

  it("counts an email however it is written", () => {
    expect(throttleKey("  Boss@Studio.Local ")).toBe("boss@studio.local");
  });

  it("says what happened and what to do, with the wait in words", () => {
    expect(lockedMessage(30)).toBe("Too many failed sign-ins for this email. Wait 30 seconds and try again, or ask an admin to reset the password.");
    expect(lockedMessage(1)).toContain("Wait 1 second and");
    expect(lockedMessage(61)).toContain("Wait 2 minutes and");
  });
});
