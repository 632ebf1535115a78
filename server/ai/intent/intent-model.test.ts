import { describe, expect, it } from "vitest";
import { toyRows } from "./dev/toy-data";
import { evaluateIntent, expectedCalibrationError, macroF1 } from "./evaluate";
import { classProbabilities, predictIntent } from "./predict";
import { deserializeIntentModel, IntentModelFormatError, modelFingerprint, serializeIntentModel } from "./serialize";
import { IntentTrainingError, SVM_DEFAULTS, trainIntentModel, trainIntentModelParallel } from "./train";
import type { TTrainProgress } from "./model";

const clean = toyRows(240, { seed: 1 });
const model = trainIntentModel(clean, { seed: 7 });
// With label noise the cross-validated precision needs a real threshold (on clean data any threshold is 97% precise).
const noisy = trainIntentModel(toyRows(800, { seed: 3, noise: 0.45 }), { seed: 1 });

describe("trainIntentModel / predictIntent", () => {
  it("learns a separable toy problem", () => {
    const held = toyRows(80, { seed: 2 });
    const right = held.filter((r) => predictIntent(model, r.text).alternatives[0]!.label === r.label).length;
    expect(right / held.length).toBeGreaterThan(0.97);
    expect(predictIntent(model, "I was overcharged on my invoice")).toMatchObject({ label: "billing", abstained: false });
  });

  it("gives probabilities that sum to 1 and ranks three alternatives", () => {
    const p = classProbabilities(model, "where is my parcel");
    expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6);
    const prediction = predictIntent(model, "where is my parcel");
    expect(prediction.alternatives).toHaveLength(3);
    expect(prediction.alternatives[0]!.probability).toBe(prediction.probability);
    expect(prediction.alternatives.map((a) => a.probability)).toEqual([...prediction.alternatives.map((a) => a.probability)].sort((a, b) => b - a));
  });

  it("is calibrated on a noisy toy set (expected calibration error below 0.08)", () => {
    const held = toyRows(800, { seed: 4, noise: 0.45 });
    const scored = held.map((r) => {
      const p = predictIntent(noisy, r.text);
      return { predicted: noisy.classes.indexOf(p.alternatives[0]!.label), probability: p.probability, actual: noisy.classes.indexOf(r.label) };
    });
    const accuracy = scored.filter((s) => s.predicted === s.actual).length / scored.length;
    expect(accuracy).toBeLessThan(0.95); // the noise makes confidence matter
    expect(expectedCalibrationError(scored)).toBeLessThan(0.08);
    expect(noisy.temperature).not.toBe(1);
  });

  it("abstains on unfamiliar and ambiguous input", () => {
    expect(noisy.threshold).toBeGreaterThan(0.3);
    expect(predictIntent(noisy, "zqxv blorf wimble")).toMatchObject({ label: null, abstained: true });
    const ambiguous = predictIntent(noisy, "refund password");
    const clear = predictIntent(noisy, "refund invoice payment overcharged");
    expect(ambiguous.probability).toBeLessThan(clear.probability);
    expect(ambiguous).toMatchObject({ label: null, abstained: true });
  });

  it("treats abstain-label rows as out of scope: never returns that label, abstains on similar texts", () => {
    const rows = toyRows(400, { seed: 5, outOfScope: 0.2 });
    const withOos = trainIntentModel(rows, { abstainLabel: "oos", seed: 1 });
    expect(withOos.thresholdRule).toMatch(/in-scope accuracy/);
    const oos = predictIntent(withOos, "a poem about jazz and the planet");
    expect(oos).toMatchObject({ label: null, abstained: true });
    expect(oos.alternatives.map((a) => a.label)).not.toContain("oos");
    expect(predictIntent(withOos, "please reset my password").label).toBe("login");
  });

  it("chooses the threshold from the training data alone, whatever the test file", () => {
    const train = toyRows(200, { seed: 6, noise: 0.3 });
    const a = evaluateIntent(train, toyRows(100, { seed: 8, noise: 0.3 }), { seed: 3 });
    const b = evaluateIntent(train, toyRows(100, { seed: 9, noise: 0.9 }), { seed: 3 });
    expect(a.trainingThreshold).toBe(b.trainingThreshold);
    expect(a.trainingThreshold).toBe(trainIntentModel(train, { seed: 3 }).threshold);
    expect(a.accuracy).not.toBe(b.accuracy);
  });

  it("stores the cross-validated precision/coverage curve for thresholds 0.00..0.99", () => {
    expect(model.curve).toHaveLength(100);
    expect(model.curve[0]).toMatchObject({ threshold: 0, coverage: 1 });
    expect(model.curve.at(-1)!.threshold).toBe(0.99);
    const chosen = model.curve.find((p) => p.threshold === model.threshold)!;
    expect(chosen.precision).toBeGreaterThanOrEqual(0.97);
    expect(model.curve.filter((p) => p.threshold < model.threshold).every((p) => p.precision < 0.97)).toBe(true);
  });

  it("round-trips through serialization with identical predictions", () => {
    const bytes = serializeIntentModel(model);
    const copy = deserializeIntentModel(new Uint8Array(bytes));
    for (const text of ["refund please", "where is my parcel", "zqxv", "cancel my subscription today"]) {
      expect(predictIntent(copy, text)).toEqual(predictIntent(model, text));
    }
    expect(modelFingerprint(copy)).toBe(modelFingerprint(model));
    expect(() => deserializeIntentModel(Buffer.from("not a model"))).toThrow(IntentModelFormatError);
    expect(() => deserializeIntentModel(bytes.subarray(0, bytes.length - 8))).toThrow(/truncated/);
  });

  it("is deterministic for a seed, and the seed matters", () => {
    expect(modelFingerprint(trainIntentModel(clean, { seed: 7 }))).toBe(modelFingerprint(model));
    expect(modelFingerprint(trainIntentModel(clean, { seed: 8 }))).not.toBe(modelFingerprint(model));
  });

  it("reports progress by stage: the linear model's folds and final fit, the network's fits, then calibration", () => {
    const seen: TTrainProgress[] = [];
    trainIntentModel(clean, { seed: 1, onProgress: (p) => seen.push(p) });
    expect([...new Set(seen.map((p) => p.stage))]).toEqual(["featurise", "cross-validate", "final-fit", "network", "calibrate"]);
    expect(seen.filter((p) => p.stage === "cross-validate").map((p) => p.done)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(seen.filter((p) => p.stage === "final-fit").at(-1)).toMatchObject({ done: SVM_DEFAULTS.epochs, total: SVM_DEFAULTS.epochs });
    // 3 folds of the network, then its fit on every row.
    expect(seen.filter((p) => p.stage === "network").map((p) => p.done)).toEqual([1, 2, 3, 4]);
    expect(seen.at(-1)).toMatchObject({ stage: "calibrate", done: 1, total: 1 });
  });

  it("averages the network evenly with the linear model, or leaves it out (and unstored) when it does not help", () => {
    // On the noisy set the network helps out of fold; on the clean one both are perfect and log-loss prefers the SVM.
    expect(noisy.mlp.weight).toBe(0.5);
    expect(noisy.mlp.hidden).toBeGreaterThan(0);
    expect(model.mlp).toMatchObject({ weight: 0, hidden: 0 });
    expect(model.mlp.embed).toHaveLength(0);
  });

  it("trains the same model on two threads as on one", async () => {
    expect(modelFingerprint(await trainIntentModelParallel(clean, { seed: 7 }))).toBe(modelFingerprint(model));
  });

  it("also trains with the softmax learner (the measured alternative)", () => {
    const softmax = trainIntentModel(clean, { seed: 7, learner: "softmax" });
    expect(modelFingerprint(softmax)).not.toBe(modelFingerprint(model));
    const held = toyRows(80, { seed: 2 });
    expect(held.filter((r) => predictIntent(softmax, r.text).alternatives[0]!.label === r.label).length / held.length).toBeGreaterThan(0.97);
  });

  it("refuses training data with fewer than two categories", () => {
    expect(() => trainIntentModel([{ text: "a", label: "x" }, { text: "b", label: "x" }])).toThrow(IntentTrainingError);
  });
});

describe("macroF1", () => {
  it("averages per-class F1 over classes", () => {
    expect(macroF1([{ actual: "a", predicted: "a" }, { actual: "b", predicted: "b" }])).toBe(1);
    // a: tp 1, fn 1 → 2/3; b: tp 0, fp 1 → 0
    expect(macroF1([{ actual: "a", predicted: "a" }, { actual: "a", predicted: "b" }])).toBeCloseTo(1 / 3, 10);
  });
});
