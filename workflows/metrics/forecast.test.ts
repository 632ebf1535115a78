import { describe, expect, it } from "vitest";
import { fitLine, forecastStatus, predictAt, tQuantile90, type TSeriesPoint } from "./forecast";

const plain = (values: number[]): TSeriesPoint[] => values.map((value, x) => ({ x, value, weight: 1 }));

describe("fitLine and predictAt", () => {
  it("a straight series is its own line, with no spread", () => {
    const fit = fitLine(plain([1, 2, 3, 4, 5]))!;
    expect(fit.slope).toBeCloseTo(1, 12);
    expect(fit.intercept).toBeCloseTo(1, 12);
    expect(predictAt(fit, 10)).toEqual({ value: 11, low: 11, high: 11 });
  });

  it("projects a noisy series with the t-based interval computed by hand", () => {
    // x̄ 1.5, ȳ 1, Sxx 5, Sxy 3: slope 0.6, intercept 0.1; residuals −0.1, 0.3, −0.3, 0.1, so s² = 0.2 / 2.
    const fit = fitLine(plain([0, 1, 1, 2]))!;
    expect(fit.slope).toBeCloseTo(0.6, 12);
    expect(fit.intercept).toBeCloseTo(0.1, 12);
    expect(fit.residualSd).toBeCloseTo(Math.sqrt(0.1), 12);
    expect(fit.t).toBe(1.886);
    // At x = 5: 3.1 ± 1.886 · √0.1 · √(1 + 1/4 + 3.5²/5).
    const p = predictAt(fit, 5);
    expect(p.value).toBeCloseTo(3.1, 12);
    expect(p.low).toBeCloseTo(3.1 - 1.147209, 5);
    expect(p.high).toBeCloseTo(3.1 + 1.147209, 5);
  });

  it("weights weeks by their count: a busy last week pulls the line (weights 1, 1, 1, 3)", () => {
    // Weighted x̄ 2, ȳ 4/3, Sxx 16/3, Sxy 10/3 (weights scaled to average 1): slope 0.625, intercept 1/12.
    const fit = fitLine([0, 1, 1, 2].map((value, x) => ({ x, value, weight: x === 3 ? 300 : 100 })))!;
    expect(fit.slope).toBeCloseTo(0.625, 12);
    expect(fit.intercept).toBeCloseTo(1 / 12, 12);
  });

  it("leaves out weeks with nothing counted, and needs four weeks", () => {
    expect(fitLine(plain([0.2, 0.3, 0.4]))).toBeNull();
    expect(fitLine([...plain([0.2, 0.3, 0.4]), { x: 3, value: 0.9, weight: 0 }])).toBeNull();
    expect(fitLine(plain([0.2, 0.3, 0.4, 0.5]))).not.toBeNull();
  });

  it("keeps a share's projection and interval between 0 and 1", () => {
    const fit = fitLine(plain([0.6, 0.75, 0.85, 0.95]))!;
    const p = predictAt(fit, 20, { min: 0, max: 1 });
    expect(p.value).toBe(1);
    expect(p.high).toBe(1);
    expect(p.low).toBeLessThanOrEqual(1);
  });
});

describe("forecastStatus", () => {
  const p = { value: 3.1, low: 1.95, high: 4.25 };
  it("higher is better: the projection reaches it, the interval does, or neither", () => {
    expect(forecastStatus(p, 3, "higher")).toBe("on-track");
    expect(forecastStatus(p, 4, "higher")).toBe("at-risk");
    expect(forecastStatus(p, 5, "higher")).toBe("off-track");
  });
  it("lower is better: the interval's favourable end is its low end", () => {
    expect(forecastStatus(p, 3.5, "lower")).toBe("on-track");
    expect(forecastStatus(p, 2, "lower")).toBe("at-risk");
    expect(forecastStatus(p, 1.5, "lower")).toBe("off-track");
  });
  it("without a fit there is not enough data", () => {
    expect(forecastStatus(null, 1, "higher")).toBe("not-enough-data");
  });
});

describe("tQuantile90", () => {
  it("reads the table, then interpolates in 1/df towards the normal quantile", () => {
    expect(tQuantile90(2)).toBe(1.886);
    expect(tQuantile90(30)).toBe(1.31);
    expect(tQuantile90(40)).toBeCloseTo(1.303, 12);
    expect(tQuantile90(35)).toBeCloseTo(1.306, 3);
    expect(tQuantile90(1e9)).toBeCloseTo(1.2816, 3);
  });
});
