import { describe, expect, it } from "vitest";
import { retryDelay } from "./persistence";
import { DEFAULT_RUN_TUNING } from "./run-tuning";

describe("retryDelay", () => {
  it("doubles from the first wait up to the cap, and stays there however long the outage lasts", () => {
    const waits = [1, 2, 3, 4, 9, 10, 1_000].map((attempts) => retryDelay(DEFAULT_RUN_TUNING, attempts, null));
    expect(waits).toEqual([1_000, 2_000, 4_000, 8_000, 256_000, 300_000, 300_000]);
  });

  it("waits at least as long as the other side asked, within an hour", () => {
    expect(retryDelay(DEFAULT_RUN_TUNING, 1, 3_000)).toBe(3_000);
    expect(retryDelay(DEFAULT_RUN_TUNING, 9, 3_000)).toBe(256_000);
    expect(retryDelay(DEFAULT_RUN_TUNING, 1, 24 * 3_600_000)).toBe(3_600_000);
  });
});
