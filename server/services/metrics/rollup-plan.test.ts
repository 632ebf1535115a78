import { describe, expect, it } from "vitest";
import type { TMetricFilters } from "@/lib/metrics/filters";
import { planRollupRead, WEEK_COUNT_TABLES, WEEK_HIST_TABLES } from "./rollup-plan";

// 2026-11-30 and 2026-12-07 are Mondays.
const f = (from: string, to: string, more: Partial<TMetricFilters> = {}): TMetricFilters => ({ from, to, origin: "all", ...more });
const daily = [{ grain: "day", table: "MetricRollup", from: "2026-11-30", to: "2026-12-13" }];

describe("planRollupRead", () => {
  it("reads whole weeks weekly and the days around them daily", () => {
    expect(planRollupRead(f("2026-11-27", "2026-12-15"), [], WEEK_COUNT_TABLES)).toEqual([
      { grain: "week", table: "MetricWeekCountTotal", from: "2026-11-30", to: "2026-12-13" },
      { grain: "day", table: "MetricRollup", from: "2026-11-27", to: "2026-11-29" },
      { grain: "day", table: "MetricRollup", from: "2026-12-14", to: "2026-12-15" },
    ]);
  });

  it("takes the smallest weekly table that keeps the dimensions used", () => {
    const table = (filters: TMetricFilters, groupBy: Parameters<typeof planRollupRead>[1] = []) => planRollupRead(filters, groupBy, WEEK_HIST_TABLES)[0]!.table;
    expect(table(f("2026-11-30", "2026-12-06"), ["week"])).toBe("MetricWeekHistTotal");
    expect(table(f("2026-11-30", "2026-12-06", { origin: "live", versionId: "v" }))).toBe("MetricWeekHistTotal");
    expect(table(f("2026-11-30", "2026-12-06"), ["week", "category"])).toBe("MetricWeekHist");
    expect(table(f("2026-11-30", "2026-12-06", { tier: 1 }))).toBe("MetricWeekHist");
    expect(planRollupRead(f("2026-11-30", "2026-12-06"), ["week", "origin"], WEEK_COUNT_TABLES)[0]!.table).toBe("MetricWeekCountTotal");
    expect(planRollupRead(f("2026-11-30", "2026-12-06"), ["escalationReason"], WEEK_COUNT_TABLES)[0]!.table).toBe("MetricWeekCount");
  });

  it("reads daily when no whole week fits", () => {
    expect(planRollupRead(f("2026-12-01", "2026-12-06"), [], WEEK_COUNT_TABLES)).toEqual([{ grain: "day", table: "MetricRollup", from: "2026-12-01", to: "2026-12-06" }]);
    expect(planRollupRead(f("2026-12-06", "2026-12-01"), [], WEEK_COUNT_TABLES)).toEqual([]);
  });

  it("reads daily when a filter, a group or the grouping uses a dimension no weekly table keeps", () => {
    expect(planRollupRead(f("2026-11-30", "2026-12-13", { queueId: "q" }), [], WEEK_COUNT_TABLES)).toEqual(daily);
    expect(planRollupRead(f("2026-11-30", "2026-12-13", { channel: "email" }), [], WEEK_HIST_TABLES)).toEqual(daily);
    expect(planRollupRead(f("2026-11-30", "2026-12-13", { channel: "email" }), [], WEEK_COUNT_TABLES)[0]!.grain).toBe("week");
    expect(planRollupRead(f("2026-11-30", "2026-12-13"), ["day"], WEEK_COUNT_TABLES)).toEqual(daily);
    expect(planRollupRead(f("2026-11-30", "2026-12-13"), [], WEEK_COUNT_TABLES, { connectionId: "c" })).toEqual(daily);
  });
});
