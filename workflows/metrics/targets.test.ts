import { describe, expect, it } from "vitest";
import { durationIndex } from "./duration-histogram";
import { emptySums } from "./summarize";
import { formatTargetValue, lastFourWeeks, meetsTarget, targetDueOn, targetMetricValue, weeksBetween } from "./targets";

describe("targetDueOn", () => {
  it("adds months, keeping the day or taking the month's last day", () => {
    expect(targetDueOn("2026-12-07", 3)).toBe("2027-03-07");
    expect(targetDueOn("2026-12-07", 12)).toBe("2027-12-07");
    expect(targetDueOn("2026-11-30", 3)).toBe("2027-02-28");
    expect(targetDueOn("2027-11-30", 3)).toBe("2028-02-29");
    expect(targetDueOn("2026-08-31", 6)).toBe("2027-02-28");
  });
});

describe("targetMetricValue", () => {
  it("reads each metric from the sums, with the count it is over", () => {
    const s = emptySums();
    Object.assign(s.counts, { tickets: 200, automated: 50, combinedCounted: 40, combinedCorrect: 30, csatAutomatedCount: 10, csatAutomatedHappy: 8 });
    expect(targetMetricValue("automation-rate", s)).toEqual({ value: 0.25, count: 200 });
    expect(targetMetricValue("ai-accuracy", s)).toEqual({ value: 0.75, count: 40 });
    expect(targetMetricValue("csat-automated", s)).toEqual({ value: 0.8, count: 10 });
    expect(targetMetricValue("first-response", s)).toEqual({ value: null, count: 0 });
  });

  it("first response is the median over automated, assisted and human tickets together, in hours", () => {
    const s = emptySums();
    const at = (seconds: number, n: number) => {
      const h: number[] = [];
      h[durationIndex(seconds) - 1] = n;
      return Array.from(h, (x) => x ?? 0);
    };
    s.hist.frtAutomated = at(60, 3);
    s.hist.frtHuman = at(4 * 3600, 4);
    const { value, count } = targetMetricValue("first-response", s);
    expect(count).toBe(7);
    // The 4th of 7 answers is a human one: about four hours (the histogram is within 12%).
    expect(value!).toBeGreaterThan(4 * 0.88);
    expect(value!).toBeLessThan(4 * 1.12);
  });
});

describe("helpers", () => {
  it("compare in the metric's direction and speak in its unit", () => {
    expect(meetsTarget("automation-rate", 0.4, 0.35)).toBe(true);
    expect(meetsTarget("first-response", 3, 2)).toBe(false);
    expect(formatTargetValue("automation-rate", 0.4236)).toBe("42.4%");
    expect(formatTargetValue("first-response", 2.04)).toBe("2.0 h");
  });
  it("measure weeks between days and the four full weeks before a Monday", () => {
    expect(weeksBetween("2026-12-07", "2027-03-07")).toBeCloseTo(90 / 7, 12);
    expect(lastFourWeeks("2026-12-07")).toEqual({ from: "2026-11-09", to: "2026-12-06" });
  });
});
