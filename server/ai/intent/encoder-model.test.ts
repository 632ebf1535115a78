import { describe, expect, it } from "vitest";
import { ToyEncoder, toyRowsWithRareWords } from "./dev/toy-encoder";
import { predictIntent } from "./predict";
import { EncoderMismatchError, predictIntents } from "./predict-batch";
import { deserializeIntentModel, serializeIntentModel } from "./serialize";
import { trainIntentModel, trainIntentModelParallel } from "./train";
import type { TTrainProgress } from "./model";

const rows = toyRowsWithRareWords(400, { seed: 11, rareShare: 0.3 });
const encoder = new ToyEncoder();
const progress: TTrainProgress[] = [];
const model = await trainIntentModelParallel(rows, { seed: 3, encoder, onProgress: (p) => progress.push(p) });
const withoutEncoder = trainIntentModel(rows, { seed: 3 });
// Rare words the training texts never contain: the n-gram model cannot tell these apart, the encoder can.
const synonyms = toyRowsWithRareWords(60, { seed: 12, rareShare: 1, firstRareWord: 40 });

describe("the intent model with a sentence encoder", () => {
  it("reports the embedding and the encoder's SVM among its stages, and stores the encoder's part", () => {
    expect(progress.every((p) => p.withEncoder)).toBe(true);
    expect([...new Set(progress.map((p) => p.stage))]).toEqual(expect.arrayContaining(["encode", "cross-validate", "encoder", "calibrate"]));
    expect(progress.find((p) => p.stage === "encode")).toMatchObject({ done: 0, total: rows.length });
    expect(model.formatVersion).toBe(5);
    expect(model.encoder).toMatchObject({ name: "toy-encoder", dim: encoder.dim, weight: 0.5 });
    expect(model.encoder!.weights).toHaveLength(model.classes.length * encoder.dim);
  });

  it("answers texts in words the training never used, where the n-gram model alone cannot", async () => {
    const { predictions } = await predictIntents(model, synonyms.map((s) => s.text), encoder);
    expect(predictions.map((p) => p.alternatives[0]!.label)).toEqual(synonyms.map((s) => s.label));
    const alone = synonyms.filter((s) => predictIntent(withoutEncoder, s.text).alternatives[0]!.label === s.label).length;
    expect(alone).toBeLessThan(synonyms.length * 0.6);
  });

  it("embeds only the texts the n-gram model is unsure of", async () => {
    const sure = "please reset my password login";
    encoder.calls.length = 0;
    const { encoded } = await predictIntents(model, [sure, ...synonyms.map((s) => s.text)], encoder);
    expect(encoded).toBe(synonyms.length);
    expect(encoder.calls.flat()).not.toContain(sure);
    expect(encoder.calls.flat()).toEqual(synonyms.map((s) => s.text));
  });

  it("answers from the n-grams alone without an encoder, and refuses another encoder", async () => {
    const { predictions, encoded } = await predictIntents(model, ["please reset my password login"], null);
    expect(encoded).toBe(0);
    expect(predictions[0]!.label).toBe("login");
    const other = Object.assign(new ToyEncoder(), { name: "another-encoder" });
    await expect(predictIntents(model, synonyms.map((s) => s.text), other)).rejects.toThrow(EncoderMismatchError);
  });

  it("round-trips through storage (format 5, with the unfamiliar-text check) with identical predictions; a model without the part stays format 3", async () => {
    const back = deserializeIntentModel(serializeIntentModel(model));
    expect(back.encoder).toEqual(model.encoder);
    const texts = synonyms.map((s) => s.text);
    expect((await predictIntents(back, texts, encoder)).predictions).toEqual((await predictIntents(model, texts, encoder)).predictions);
    expect(serializeIntentModel(withoutEncoder).subarray(0, 8).toString("latin1")).toBe("INTENT3\n");
    expect(deserializeIntentModel(serializeIntentModel(withoutEncoder)).encoder).toBeNull();
  });

  it("leaves the encoder out when its embeddings carry no signal", () => {
    const flat = new Float32Array(rows.length * 2).fill(Math.SQRT1_2);
    const trained = trainIntentModel(rows, { seed: 3, embeddings: { name: "constant", dim: 2, values: flat } });
    expect(trained.encoder).toBeNull();
  });

  it("refuses embeddings that do not match the rows", () => {
    expect(() => trainIntentModel(rows, { seed: 3, embeddings: { name: "short", dim: 4, values: new Float32Array(8) } })).toThrow(/Expected 400 embeddings/);
  });
});
