import { describe, expect, it } from "vitest";
import type { TModelView } from "@/server/services/intent-models/model-view";
import { versionComparison } from "./version-comparison";

const point = (threshold: number, precision: number, coverage: number) => ({ threshold, precision, coverage });

function version(v: number, o: { active?: boolean; status?: TModelView["status"]; cv?: number; heldOut?: NonNullable<TModelView["metrics"]>["heldOut"] } = {}): TModelView {
  return {
    id: `m${v}`,
    version: v,
    name: `local-intent-v${v}-abcdef12`,
    status: o.status ?? "ready",
    active: o.active ?? false,
    author: "ada",
    labels: 3,
    trainedOn: 90,
    error: null,
    interrupted: false,
    createdAt: new Date(0),
    finishedAt: new Date(0),
    progress: null,
    metrics:
      o.status === "training"
        ? null
        : {
            crossValidatedAccuracy: o.cv ?? 0.9,
            threshold: 0.4,
            thresholdRule: "rule",
            trainSeconds: 1,
            encoder: null,
            intentCurves: [],
            curve: [point(0, 0.9, 1), point(0.5, 0.97, 0.8)],
            heldOut: o.heldOut ?? null,
          },
  };
}

const heldOut = (activeVersion: number) => ({
  rule: "fnv1a32(ticket id) mod 100 < 10",
  percent: 10,
  score: { rows: 40, accuracy: 0.95, coverageAt97: 0.9 },
  active: { version: activeVersion, score: { rows: 40, accuracy: 0.75, coverageAt97: 0.5 }, sawHeldOut: false },
  marginPoints: 2,
  decision: { activate: true, outcome: "beat-margin", reason: "20.0 points better, margin 2", pointsBetter: 20 },
});

describe("versionComparison", () => {
  it("puts the newest trained version beside the one it was compared with, cross-validated and held out", () => {
    const models = [version(4, { status: "training" }), version(3, { cv: 0.93, heldOut: heldOut(2), active: true }), version(2, { cv: 0.8 })];
    const c = versionComparison(models)!;
    expect(c.candidate.version).toBe(3);
    expect(c.compared?.version).toBe(2);
    expect(c.rows.map((r) => [r.candidate, r.active])).toEqual([
      [0.93, 0.8],
      [0.8, 0.8],
      [0.95, 0.75],
      [0.9, 0.5],
    ]);
  });

  it("shows only the cross-validated figures for a version trained before versions were compared", () => {
    const c = versionComparison([version(2), version(1, { active: true })])!;
    expect(c.heldOut).toBeNull();
    expect(c.compared).toBeNull();
    expect(c.rows).toHaveLength(2);
  });

  it("is empty while nothing has trained", () => {
    expect(versionComparison([version(1, { status: "training" })])).toBeNull();
    expect(versionComparison([])).toBeNull();
  });
});
