import { describe, expect, it } from "vitest";
import { thresholdForTarget, wilsonInterval } from "./rates";

describe("wilsonInterval", () => {
  it("matches the published 95% interval for 8 of 10", () => {
    const ci = wilsonInterval(8, 10)!;
    expect(ci.low).toBeCloseTo(0.4902, 3);
    expect(ci.high).toBeCloseTo(0.9433, 3);
  });

  it("stays inside 0..1 at the edges and is empty with nothing reviewed", () => {
    expect(wilsonInterval(5, 5)!.high).toBe(1);
    expect(wilsonInterval(5, 5)!.low).toBeCloseTo(0.5655, 3);
    expect(wilsonInterval(0, 5)!.low).toBe(0);
    expect(wilsonInterval(0, 0)).toBeNull();
  });
});

describe("thresholdForTarget", () => {
  const p = (confidence: number, correct: boolean) => ({ confidence, correct });

  it("finds the lowest threshold whose let-through drafts reach the target", () => {
    const points = [p(0.95, true), p(0.9, true), p(0.85, true), p(0.8, false), p(0.7, true), p(0.6, false)];
    // 0.85 lets through 3/3; 0.7 lets through 4/5 = 80%; 0.6 is 4/6.
    expect(thresholdForTarget(points, 0.9)).toEqual({ threshold: 0.85, rate: 1, reviewed: 3 });
    expect(thresholdForTarget(points, 0.8)).toEqual({ threshold: 0.7, rate: 0.8, reviewed: 5 });
  });

  it("lets tied confidences through together", () => {
    const points = [p(0.9, true), p(0.8, true), p(0.8, false)];
    expect(thresholdForTarget(points, 0.9)).toEqual({ threshold: 0.9, rate: 1, reviewed: 1 });
  });

  it("answers null when no threshold reaches the target", () => {
    expect(thresholdForTarget([p(0.9, false), p(0.5, true)], 0.9)).toBeNull();
    expect(thresholdForTarget([], 0.9)).toBeNull();
  });
});
