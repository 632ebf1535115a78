import { describe, expect, it } from "vitest";
import { TokenBucket, type TClock } from "./token-bucket";

function fakeClock() {
  let now = 0;
  const slept: number[] = [];
  const clock: TClock = {
    now: () => now,
    sleep: async (ms) => {
      slept.push(ms);
      now += ms;
    },
  };
  return { clock, slept, advance: (ms: number) => (now += ms) };
}

describe("TokenBucket", () => {
  it("lets a burst through at once, then spaces calls at the rate, in the order they asked", () => {
    const { clock } = fakeClock();
    const bucket = new TokenBucket(60, 2, clock); // one a second, two at once
    expect([bucket.reserve(), bucket.reserve(), bucket.reserve(), bucket.reserve()]).toEqual([0, 0, 1000, 2000]);
  });

  it("refills while quiet, never beyond the burst", () => {
    const { clock, advance } = fakeClock();
    const bucket = new TokenBucket(120, 3, clock); // one every 500 ms
    for (let i = 0; i < 3; i++) bucket.reserve();
    advance(60_000);
    expect([bucket.reserve(), bucket.reserve(), bucket.reserve(), bucket.reserve()]).toEqual([0, 0, 0, 500]);
  });

  it("makes take() wait the reserved time", async () => {
    const { clock, slept } = fakeClock();
    const bucket = new TokenBucket(30, 1, clock); // one every 2 s
    await bucket.take();
    await bucket.take();
    await bucket.take();
    expect(slept).toEqual([2000, 2000]);
  });

  it("allows a sixth of a minute's calls at once by default", () => {
    expect(new TokenBucket(600).burst).toBe(100);
    expect(new TokenBucket(3).burst).toBe(1);
  });

  it("refuses a rate that is not positive", () => {
    expect(() => new TokenBucket(0)).toThrow(/positive/);
  });
});
