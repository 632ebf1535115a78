import { describe, expect, it } from "vitest";
import { RateLimiter } from "./rate-limit";

describe("RateLimiter", () => {
  it("allows the limit within the window, then says how long to wait until the oldest hit leaves it", () => {
    let now = 1_000;
    const limiter = new RateLimiter(3, 60_000, () => now);
    expect([limiter.take("a"), limiter.take("a"), limiter.take("a")]).toEqual([0, 0, 0]);
    now += 10_000;
    expect(limiter.take("a")).toBe(50_000);
    // Other keys have their own count.
    expect(limiter.take("b")).toBe(0);
    now = 1_000 + 60_000;
    expect(limiter.take("a")).toBe(0);
  });

  it("does not count refused hits against the key", () => {
    let now = 0;
    const limiter = new RateLimiter(1, 1_000, () => now);
    expect(limiter.take("a")).toBe(0);
    for (let i = 0; i < 5; i++) expect(limiter.take("a")).toBeGreaterThan(0);
    now = 1_000;
    expect(limiter.take("a")).toBe(0);
  });
});
