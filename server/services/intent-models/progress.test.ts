import { describe, expect, it } from "vitest";
import { overallProgress, stageLabel } from "./progress";

const ORDER = {
  withoutEncoder: ["queued", "featurise", "cross-validate", "final-fit", "network", "calibrate", "done"],
  withEncoder: ["queued", "encode", "featurise", "cross-validate", "final-fit", "network", "encoder", "calibrate", "done"],
};

describe("overallProgress", () => {
  for (const [name, stages] of Object.entries(ORDER)) {
    it(`only moves forward through the stages ${name.replace(/([A-Z])/g, " $1").toLowerCase()}, from 0 to 1`, () => {
      const withEncoder = name === "withEncoder";
      const points = stages.flatMap((stage) => [0, 1, 2].map((done) => overallProgress({ stage, done, total: 2, withEncoder })));
      expect(points[0]).toBe(0);
      expect(points.at(-1)).toBe(1);
      for (let i = 1; i < points.length; i++) expect(points[i]).toBeGreaterThanOrEqual(points[i - 1]!);
    });
  }

  it("gives embedding a share of its own only in a run with the encoder", () => {
    expect(overallProgress({ stage: "encode", done: 1, total: 1, withEncoder: true })).toBeGreaterThan(0);
    expect(overallProgress({ stage: "featurise", done: 0, total: 1, withEncoder: true })).toBeGreaterThan(overallProgress({ stage: "featurise", done: 0, total: 1 }));
  });

  it("names every stage for people", () => {
    for (const stage of ORDER.withEncoder) expect(stageLabel(stage)).not.toBe(stage);
  });
});
