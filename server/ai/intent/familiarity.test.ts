import { describe, expect, it } from "vitest";
import { ToyEncoder, toyRowsWithRareWords } from "./dev/toy-encoder";
import { toyRows, TOY_OUT_OF_SCOPE } from "./dev/toy-data";
import { fitFamiliarity, nearestSimilarity } from "./familiarity";
import { predictIntent } from "./predict";
import { predictIntents } from "./predict-batch";
import { deserializeIntentModel, serializeIntentModel } from "./serialize";
import { trainIntentModelParallel } from "./train";
import { seededRandom } from "./random";

/**
 * Unit vectors around one direction per intent, with noise: a stand-in for sentence embeddings. More noise makes
 * the intents overlap, as one domain's fine-grained intents do.
 */
function clusters(intents: number[], perIntent: number, seed: number, dim = 8, noise = 0.6): { values: Float32Array; y: Int32Array } {
  const random = seededRandom(seed);
  const values = new Float32Array(intents.length * perIntent * dim);
  const y = new Int32Array(intents.length * perIntent);
  intents.forEach((intent, k) => {
    for (let i = 0; i < perIntent; i++) {
      const r = k * perIntent + i;
      y[r] = k;
      const v = Array.from({ length: dim }, (_, d) => (d === intent ? 1 : 0) + (random() - 0.5) * noise);
      const norm = Math.hypot(...v);
      v.forEach((x, d) => (values[r * dim + d] = x / norm));
    }
  });
  return { values, y };
}

describe("the unfamiliar-text check (nearest-intent similarity)", () => {
  const seen = clusters([0, 1, 2, 3], 50, 1);
  const fitted = fitFamiliarity({ dim: 8, values: seen.values }, seen.y, 4, -1, () => true, 0.03)!;

  it("flags texts of an intent held out of training and keeps texts of the trained ones", () => {
    const newSeen = clusters([0, 1, 2, 3], 20, 2);
    const unseen = clusters([5, 6], 20, 3);
    const flagged = (x: { values: Float32Array; y: Int32Array }) =>
      Array.from(x.y, (_, r) => nearestSimilarity(fitted.part.centroids, 8, x.values, r * 8) < fitted.part.threshold).filter(Boolean).length / x.y.length;
    expect(flagged(unseen)).toBeGreaterThan(0.9);
    expect(flagged(newSeen)).toBeLessThan(0.1);
  });

  it("chooses its threshold from the training rows alone, within the budget of in-scope rows", () => {
    expect(fitted.part.inScopeFlagged).toBeLessThanOrEqual(0.03);
    expect(fitted.part.inScopeFlagged).toBeGreaterThan(0);
    // Held-out intents here are as far from the others as new ones, so nearly all of them are flagged.
    expect(fitted.part.heldOutFlagged).toBeGreaterThan(0.9);
    const twice = fitFamiliarity({ dim: 8, values: seen.values }, seen.y, 4, -1, () => true, 0.1)!;
    expect(twice.part.threshold).toBeGreaterThan(fitted.part.threshold);
  });

  it("spends the budget only on rows the gate embeds, and never flags most of them", () => {
    const few = fitFamiliarity({ dim: 8, values: seen.values }, seen.y, 4, -1, (r) => r % 50 < 2, 0.5)!;
    expect(few.similarity.filter((s) => s < few.part.threshold).length).toBeLessThanOrEqual(4);
    expect(few.similarity.filter((s) => Number.isFinite(s))).toHaveLength(8);
  });

  it("is left out when a held-out intent would not stand out from the trained ones", () => {
    const oneDomain = clusters([0, 1, 2, 3], 50, 4, 8, 3);
    expect(fitFamiliarity({ dim: 8, values: oneDomain.values }, oneDomain.y, 4, -1, () => true)).toBeNull();
  });

  it("leaves the abstain label out of the centroids", () => {
    const withOos = fitFamiliarity({ dim: 8, values: seen.values }, seen.y, 4, 3, () => true)!;
    expect([...withOos.part.centroids.subarray(3 * 8, 4 * 8)].every((v) => v === 0)).toBe(true);
    expect(withOos.similarity.subarray(150).every((s) => s === Infinity)).toBe(true);
  });
});

describe("the intent model trained without out-of-scope rows", async () => {
  const rows = toyRowsWithRareWords(400, { seed: 11, rareShare: 0.3 });
  const encoder = new ToyEncoder();
  const model = await trainIntentModelParallel(rows, { seed: 3, encoder });
  const outOfScope = Array.from({ length: 20 }, (_, i) => `please help ${TOY_OUT_OF_SCOPE[i % 10]} ${TOY_OUT_OF_SCOPE[(i + 3) % 10]} today`);

  it("abstains on texts like no trained intent, flagged as unfamiliar, and answers in-scope ones", async () => {
    expect(model.familiarity).not.toBeNull();
    const { predictions } = await predictIntents(model, outOfScope, encoder);
    expect(predictions.filter((p) => p.unfamiliar && p.abstained && p.label === null).length).toBeGreaterThanOrEqual(18);
    const inScope = toyRows(40, { seed: 21 });
    const answered = (await predictIntents(model, inScope.map((r) => r.text), encoder)).predictions;
    expect(answered.filter((p) => p.unfamiliar)).toHaveLength(0);
    expect(answered.filter((p, i) => p.label === inScope[i]!.label).length).toBeGreaterThanOrEqual(38);
  });

  it("decides the same one text at a time as in a batch", async () => {
    const [text] = outOfScope;
    const [embedding] = [await encoder.embed([text!])];
    expect(predictIntent(model, text!, embedding)).toEqual((await predictIntents(model, [text!], encoder)).predictions[0]);
  });

  it("round-trips through storage (format 5); without the check it stores format 4 and predicts as before", async () => {
    const bytes = serializeIntentModel(model);
    expect(bytes.subarray(0, 8).toString("latin1")).toBe("INTENT5\n");
    const back = deserializeIntentModel(bytes);
    expect(back.familiarity).toEqual(model.familiarity);
    expect((await predictIntents(back, outOfScope, encoder)).predictions).toEqual((await predictIntents(model, outOfScope, encoder)).predictions);

    const old = deserializeIntentModel(serializeIntentModel({ ...model, familiarity: null, formatVersion: 4 }));
    expect(serializeIntentModel(old).subarray(0, 8).toString("latin1")).toBe("INTENT4\n");
    expect(old.familiarity).toBeNull();
    const before = (await predictIntents(old, outOfScope, encoder)).predictions;
    expect(before.every((p) => !p.unfamiliar)).toBe(true);
  });
});
