import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { emptySums, summarize, type TMetricSummary } from "@/workflows/metrics";
import { METRIC_DEFINITION_TEXTS, METRIC_IDS } from "@/lib/metrics/definition-texts";
import { categoryWeeks, comparedWeeks, fillWeeks, weeksOf, type TSeriesRow } from "./category-weeks";
import { CsatChart } from "./CsatChart";
import { formatDuration, formatInterval, formatPercent, formatPoints, pointsChange } from "./format";
import { HeadlineCards } from "./HeadlineCards";

function summaryOf(counts: Partial<ReturnType<typeof emptySums>["counts"]>): TMetricSummary {
  const sums = emptySums();
  Object.assign(sums.counts, counts);
  return summarize(sums);
}

const row = (week: string, category: string, tickets: number, automated: number): TSeriesRow => ({
  group: { week, category },
  summary: summaryOf({ tickets, automated }),
});

describe("weeksOf", () => {
  it("lists the Monday of every week the days touch", () => {
    expect(weeksOf("2026-11-18", "2026-12-07")).toEqual(["2026-11-16", "2026-11-23", "2026-11-30", "2026-12-07"]);
    expect(weeksOf("2026-12-07", "2026-12-07")).toEqual(["2026-12-07"]);
  });
});

describe("categoryWeeks", () => {
  const weeks = ["2026-11-23", "2026-11-30"];
  const rows = [row("2026-11-23", "billing", 10, 2), row("2026-11-30", "billing", 10, 5), row("2026-11-30", "login", 40, 10)];

  it("puts the largest categories first, with the range's rate over every week", () => {
    const out = categoryWeeks(rows, weeks, "2026-12-07");
    expect(out.map((c) => c.category)).toEqual(["login", "billing"]);
    expect(out[1]!.tickets).toBe(20);
    expect(out[1]!.automation.rate).toBe(0.35);
    expect(out[1]!.automation.numerator).toBe(7);
  });

  it("sets the last week beside the one before, and leaves a week without tickets empty", () => {
    const [login, billing] = categoryWeeks(rows, weeks, "2026-12-07");
    expect(billing!.previous.rate).toBe(0.2);
    expect(billing!.last.rate).toBe(0.5);
    expect(login!.previous.count).toBe(0);
    expect(login!.weekly).toEqual([
      { week: "2026-11-23", rate: null, tickets: 0 },
      { week: "2026-11-30", rate: 0.25, tickets: 40 },
    ]);
  });

  it("compares the last two complete weeks, not the week that has only begun", () => {
    expect(comparedWeeks(["2026-11-23", "2026-11-30", "2026-12-07"], "2026-12-07")).toEqual({ previous: "2026-11-23", last: "2026-11-30" });
    expect(comparedWeeks(["2026-11-23", "2026-11-30", "2026-12-07"], "2026-12-14")).toEqual({ previous: "2026-11-30", last: "2026-12-07" });
    expect(comparedWeeks(["2026-11-30", "2026-12-07"], "2026-12-07")).toEqual({ previous: "2026-11-30", last: "2026-12-07" });
  });

  it("fills every week of a weekly series, missing ones as null", () => {
    const filled = fillWeeks([{ group: { week: "2026-11-30" }, summary: summaryOf({ tickets: 4, automated: 1 }) }], weeks, (s) => s.automation.rate);
    expect(filled.map((w) => [w.week, w.value])).toEqual([
      ["2026-11-23", null],
      ["2026-11-30", 0.25],
    ]);
  });
});

describe("format", () => {
  it("writes rates, intervals, changes and durations for people", () => {
    expect(formatPercent(0.4213)).toBe("42%");
    expect(formatPercent(0.0042)).toBe("0.4%");
    expect(formatPercent(0.00019)).toBe("0.02%");
    expect(formatPercent(0)).toBe("0%");
    expect(formatPercent(null)).toBe("–");
    expect(formatInterval({ rate: 0.5, numerator: 5, count: 10, low: 0.237, high: 0.763 })).toBe("24–76%");
    expect(formatPoints(pointsChange(0.5, 0.2))).toBe("+30.0 pts");
    expect(formatPoints(pointsChange(0.2, 0.25))).toBe("−5.0 pts");
    expect(formatPoints(pointsChange(null, 0.2))).toBe("–");
    expect(formatDuration(45)).toBe("45 s");
    expect(formatDuration(600)).toBe("10 min");
    expect(formatDuration(5 * 3600)).toBe("5.0 h");
    expect(formatDuration(3 * 86_400)).toBe("3.0 days");
  });
});

describe("HeadlineCards", () => {
  const s = summaryOf({
    tickets: 200,
    automated: 50,
    automatedPending: 7,
    deflected: 30,
    aiAssisted: 20,
    slaBreached: 4,
    agentSecondsSaved: 36_000,
    feedbackCounted: 12,
    feedbackCorrect: 9,
    shadowCounted: 40,
    shadowCorrect: 30,
    combinedCounted: 52,
    combinedCorrect: 39,
  });
  const html = renderToStaticMarkup(createElement(HeadlineCards, { summary: s, onDrill: () => {} }));

  it("shows every figure with the tickets it counts, and the provisional ones", () => {
    expect(html).toContain("25%");
    expect(html).toContain("50 of 200 tickets");
    expect(html).toContain("7 still inside the 7-day window");
    expect(html).toContain("30 of 200 tickets");
    expect(html).toContain("39 of 52 AI answers");
    expect(html).toContain("10"); // agent hours saved
  });

  it("shows each accuracy source apart with its count, and says when one has too few", () => {
    expect(html).toContain("Agent feedback");
    expect(html).toContain("75% of 12");
    expect(html).toContain("(too few)");
    expect(html).toContain("75% of 40");
    expect(html).toContain("none yet");
  });
});

describe("CsatChart", () => {
  it("says too few ratings below thirty, never a bare mean", () => {
    const s = summaryOf({ csatAutomatedCount: 6, csatAutomatedSum: 27, csatAutomatedHappy: 5, csatHumanCount: 120, csatHumanSum: 500, csatHumanHappy: 100 });
    const html = renderToStaticMarkup(createElement(CsatChart, { csat: s.csat, onDrill: () => {} }));
    expect(html).toContain("6 ratings");
    expect(html).toMatch(/6 ratings, 95% [\d.]+–[\d.]+%/);
    expect(html.match(/too few ratings/g)).toHaveLength(1);
    expect(html).toContain("83% satisfied");
    expect(html).not.toContain("4.5");
  });
});

describe("definition texts", () => {
  it("has one sentence for every metric", () => {
    for (const id of METRIC_IDS) {
      const { text } = METRIC_DEFINITION_TEXTS[id];
      expect(text.length, id).toBeGreaterThan(20);
      expect(text.endsWith("."), id).toBe(true);
    }
  });
});
