import { describe, expect, it } from "vitest";
import { ToyEncoder, toyRowsWithRareWords } from "./dev/toy-encoder";
import { predictIntent } from "./predict";
import { predictIntents } from "./predict-batch";
import { trainIntentModelParallel } from "./train";

const encoder = new ToyEncoder();
const model = await trainIntentModelParallel(toyRowsWithRareWords(400, { seed: 11, rareShare: 0.3 }), { seed: 3, encoder, familiarityBudget: false });
// Many texts, a share of them in words the training never saw (the ones the gate sends).
const texts = toyRowsWithRareWords(900, { seed: 21, rareShare: 0.25, firstRareWord: 40 }).map((r) => r.text);

describe("predictIntents", () => {
  it("answers each text as predictIntent does with that text's own embedding", async () => {
    const { predictions, encoded } = await predictIntents(model, texts, encoder);
    const one = await Promise.all(texts.map(async (t) => predictIntent(model, t, await new ToyEncoder().embed([t]))));
    expect(encoded).toBeGreaterThan(0);
    expect(encoded).toBeLessThan(texts.length);
    expect(predictions).toEqual(one);
  });
});

describe("predictIntents when the encoder fails", () => {
  it("rejects with the encoder's error, leaving no rejection unhandled", async () => {
    const failing = Object.assign(new ToyEncoder(), {
      embed: async () => {
        throw new Error("encoder down");
      },
    });
    const unhandled: unknown[] = [];
    const onUnhandled = (e: unknown) => unhandled.push(e);
    process.on("unhandledRejection", onUnhandled);
    await expect(predictIntents(model, texts, failing)).rejects.toThrow("encoder down");
    await new Promise((resolve) => setTimeout(resolve, 20));
    process.off("unhandledRejection", onUnhandled);
    expect(unhandled).toEqual([]);
  });
});
