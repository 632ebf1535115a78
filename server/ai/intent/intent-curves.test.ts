import { describe, expect, it } from "vitest";
import { intentCurves, thresholdsReaching } from "./intent-curves";

describe("intentCurves", () => {
  it("gives each predicted intent its own precision and coverage at each threshold", () => {
    // Class 0 ("billing") is predicted 4 times: right at 0.9 and 0.7, wrong at 0.6 and 0.3. Class 1 once, right.
    // An abstention (predicted -1) counts for no intent; class 2 is never predicted and has no curve.
    const rows = [
      { predicted: 0, probability: 0.9, actual: 0 },
      { predicted: 0, probability: 0.7, actual: 0 },
      { predicted: 0, probability: 0.6, actual: 1 },
      { predicted: 0, probability: 0.3, actual: 2 },
      { predicted: 1, probability: 0.8, actual: 1 },
      { predicted: -1, probability: 0.9, actual: -1 },
    ];
    const curves = intentCurves(rows, ["billing", "cards", "fees"], [0, 0.5, 0.65, 0.95]);
    expect(curves.map((c) => [c.label, c.predicted])).toEqual([
      ["billing", 4],
      ["cards", 1],
    ]);
    expect(curves[0]!.points).toEqual([
      { threshold: 0, precision: 0.5, coverage: 1 },
      { threshold: 0.5, precision: 2 / 3, coverage: 0.75 },
      { threshold: 0.65, precision: 1, coverage: 0.5 },
      { threshold: 0.95, precision: 1, coverage: 0 },
    ]);
    expect(curves[1]!.points.map((p) => p.coverage)).toEqual([1, 1, 1, 0]);
  });

  it("finds, per intent, the lowest threshold reaching a precision, and none where no threshold does", () => {
    const curves = [
      { label: "billing", predicted: 4, points: [{ threshold: 0, precision: 0.5, coverage: 1 }, { threshold: 0.5, precision: 0.98, coverage: 0.6 }, { threshold: 0.9, precision: 1, coverage: 0.2 }] },
      { label: "cards", predicted: 2, points: [{ threshold: 0, precision: 0.5, coverage: 1 }, { threshold: 0.9, precision: 1, coverage: 0 }] },
    ];
    expect(thresholdsReaching(curves, 0.97)).toEqual({ billing: { threshold: 0.5, coverage: 0.6 } });
  });
});
