import { describe, expect, it } from "vitest";
import { calibrationAt } from "./calibration-at";

const point = (threshold: number, precision: number, coverage: number) => ({ threshold, precision, coverage });
const metrics = {
  crossValidatedAccuracy: 0.9,
  threshold: 0.5,
  thresholdRule: "rule",
  trainSeconds: 1,
  encoder: null,
  heldOut: null,
  curve: [point(0, 0.9, 1), point(0.5, 0.95, 0.8), point(0.9, 0.99, 0.4)],
  intentCurves: [{ label: "card_arrival", predicted: 40, points: [point(0, 0.8, 1), point(0.6, 0.97, 0.7)] }],
};

describe("calibrationAt", () => {
  it("reads the overall curve at the nearest threshold", () => {
    expect(calibrationAt(metrics, "", 0.55)).toMatchObject({ at: point(0.5, 0.95, 0.8), intent: null });
  });

  it("reads a picked intent's own curve", () => {
    const r = calibrationAt(metrics, "card_arrival", 0.55);
    expect(r.intent?.label).toBe("card_arrival");
    expect(r.curve).toHaveLength(2);
    expect(r.at).toEqual(point(0.6, 0.97, 0.7));
  });

  it("falls back to the overall curve for an intent without one", () => {
    expect(calibrationAt(metrics, "no_such_intent", 0.95)).toMatchObject({ at: point(0.9, 0.99, 0.4), intent: null });
  });
});
