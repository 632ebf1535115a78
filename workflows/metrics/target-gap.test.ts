import { describe, expect, it } from "vitest";
import { automationGap, gapSentence, type TCategoryCounts } from "./target-gap";

// Billing and Login are autonomous (80% each, pooled 120/150 = 80%); 155 of 600 tickets automated overall.
const categories: TCategoryCounts[] = [
  { category: "Billing", tickets: 100, automated: 80 },
  { category: "Login", tickets: 50, automated: 40 },
  { category: "Refunds", tickets: 200, automated: 20 },
  { category: "Shipping", tickets: 100, automated: 10 },
  { category: "Other", tickets: 50, automated: 5 },
  { category: "", tickets: 100, automated: 0 },
];

describe("automationGap", () => {
  it("switches the largest categories first until the overall rate reaches the target", () => {
    // Refunds at 80%: 155 + 140 = 295 / 600 = 49.2%; Shipping too: 365 / 600 = 60.8%.
    const gap = automationGap(categories, 0.5);
    expect(gap).toMatchObject({ kind: "categories", autonomousRate: 0.8, needed: ["Refunds", "Shipping"] });
    expect(gap.kind === "categories" && gap.reaches).toBeCloseTo(365 / 600, 12);
  });
  it("says when even every category would not do, never counting tickets without a category", () => {
    const gap = automationGap(categories, 0.7);
    expect(gap.kind).toBe("out-of-reach");
    expect(gap.kind === "out-of-reach" && gap.withAll).toBeCloseTo(400 / 600, 12);
  });
  it("is met already, or has no autonomous category to take a rate from", () => {
    expect(automationGap(categories, 0.2)).toEqual({ kind: "met" });
    expect(automationGap([{ category: "Refunds", tickets: 10, automated: 1 }], 0.5)).toEqual({ kind: "no-autonomous" });
  });
});

describe("gapSentence", () => {
  const base = { category: "", categories, actual: 155 / 600 };
  it("names the categories for the overall automation rate", () => {
    expect(gapSentence({ ...base, metric: "automation-rate", target: 0.5 })).toBe("Needs 2 more categories autonomous at today's rate (80.0%): Refunds, Shipping.");
    expect(gapSentence({ ...base, metric: "automation-rate", target: 0.7 })).toMatch(/^Even with every category autonomous at today's rate \(80\.0%\), automation would reach 66\.7%/);
  });
  it("states the gap for a category, a duration or a share", () => {
    expect(gapSentence({ ...base, metric: "automation-rate", category: "Refunds", actual: 0.1, target: 0.3 })).toBe("Refunds automation must rise by 20.0 points (from 10.0% to 30.0%).");
    expect(gapSentence({ ...base, metric: "first-response", actual: 5.3, target: 3.2 })).toBe("Median first response must fall by 2.1 h (from 5.3 h to 3.2 h).");
    expect(gapSentence({ ...base, metric: "ai-accuracy", actual: 0.88, target: 0.9 })).toBe("AI accuracy must rise by 2.0 points (from 88.0% to 90.0%).");
  });
  it("says when the target is met or nothing was measured", () => {
    expect(gapSentence({ ...base, metric: "csat-automated", actual: 0.92, target: 0.9 })).toBe("Already at target: 92.0% in the last four weeks against 90.0%.");
    expect(gapSentence({ ...base, metric: "csat-automated", actual: null, target: 0.9 })).toBe("Nothing was measured for the satisfied share on automated tickets in the last four weeks, so there is no gap to state yet.");
  });
});
