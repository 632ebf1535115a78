import { describe, expect, it } from "vitest";
import { overallProgress, progressTracker, stageLabel, type TProgressReport } from "./progress";

describe("progressTracker", () => {
  it("only moves forward while overlapping stages report in turn, and reaches 1", () => {
    const track = progressTracker();
    // Embedding, the linear model's folds and the network report interleaved, as their threads do.
    const reports: TProgressReport[] = [
      { stage: "featurise", done: 1, total: 1 },
      { stage: "encode", done: 0, total: 4 },
      { stage: "cross-validate", done: 1, total: 5 },
      { stage: "encode", done: 2, total: 4 },
      { stage: "network", done: 1, total: 4 },
      { stage: "cross-validate", done: 3, total: 5 },
      { stage: "encode", done: 4, total: 4 },
      { stage: "encoder", done: 6, total: 6 },
      { stage: "network", done: 4, total: 4 },
      { stage: "cross-validate", done: 5, total: 5 },
      { stage: "final-fit", done: 10, total: 10 },
      { stage: "calibrate", done: 1, total: 1 },
    ].map((r) => ({ ...r, withEncoder: true }));
    const shares = reports.map(track);
    for (let i = 1; i < shares.length; i++) expect(shares[i]).toBeGreaterThanOrEqual(shares[i - 1]!);
    expect(new Set(shares).size).toBeGreaterThan(reports.length - 2);
    expect(shares.at(-1)).toBeCloseTo(1, 10);
  });

  it("weighs a run without the encoder by its own stages", () => {
    const track = progressTracker();
    for (const stage of ["featurise", "cross-validate", "final-fit", "network"]) track({ stage, done: 1, total: 1 });
    expect(track({ stage: "calibrate", done: 1, total: 1 })).toBeCloseTo(1, 10);
  });
});

describe("overallProgress", () => {
  it("uses the tracker's figure when the report has one, else places the stage in order", () => {
    expect(overallProgress({ stage: "encode", done: 1, total: 4, withEncoder: true, overall: 0.42 })).toBe(0.42);
    expect(overallProgress({ stage: "cross-validate", done: 0, total: 5 })).toBeCloseTo(0.05, 10);
    expect(overallProgress({ stage: "done", done: 1, total: 1 })).toBe(1);
    expect(overallProgress(null)).toBe(0);
  });
});

it("names every stage for people", () => {
  for (const stage of ["queued", "encode", "featurise", "cross-validate", "final-fit", "network", "encoder", "calibrate", "done"]) {
    expect(stageLabel(stage)).not.toBe(stage);
  }
});
