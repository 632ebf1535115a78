import { describe, expect, it } from "vitest";
import { denseScores, trainDenseSvm } from "./dense-svm";
import { mixInto, needsEncoder, type TEncoderPart } from "./encoder-part";
import { seededRandom } from "./random";

/** Three classes around three corners of a 4-d cube, with noise; rows normalised as embeddings are. */
function blobs(count: number, seed: number, spread: number) {
  const random = seededRandom(seed);
  const dim = 4;
  const values = new Float32Array(count * dim);
  const y = new Int32Array(count);
  for (let r = 0; r < count; r++) {
    y[r] = r % 3;
    for (let d = 0; d < dim; d++) values[r * dim + d] = (d === y[r] ? 1 : 0) + (random() - 0.5) * spread;
  }
  return { x: { dim, values }, y };
}
const argmax = (s: Float64Array) => s.indexOf(Math.max(...s));

describe("trainDenseSvm", () => {
  it("separates classes it can separate, and scores held-out rows by the learnt weights", () => {
    const train = blobs(300, 1, 0.6);
    const model = trainDenseSvm(train.x, train.y, Int32Array.from(train.y.keys()), 3, { C: 1, epochs: 10, seed: 1 });
    const held = blobs(90, 2, 0.6);
    const s = new Float64Array(3);
    let right = 0;
    for (let r = 0; r < 90; r++) {
      denseScores(model, held.x.values, r * 4, s);
      if (argmax(s) === held.y[r]) right++;
    }
    expect(right / 90).toBeGreaterThan(0.95);
  });

  it("learns only from the rows it is given (a fold's model never sees the held-out fold)", () => {
    const train = blobs(300, 3, 0.2);
    const onlyClasses01 = Int32Array.from(train.y.keys()).filter((r) => train.y[r] !== 2);
    const model = trainDenseSvm(train.x, train.y, onlyClasses01, 3, { C: 1, epochs: 5, seed: 1 });
    const s = new Float64Array(3);
    denseScores(model, new Float32Array([0, 0, 1, 0]), 0, s);
    expect(argmax(s)).not.toBe(2);
  });

  it("is deterministic for a seed", () => {
    const { x, y } = blobs(120, 4, 0.8);
    const fit = () => trainDenseSvm(x, y, Int32Array.from(y.keys()), 3, { C: 1, epochs: 4, seed: 9 });
    expect(fit().weights).toEqual(fit().weights);
  });
});

describe("mixing the encoder's probabilities in", () => {
  const part = { weight: 0.5, gate: 0.8 } as TEncoderPart;

  it("asks the encoder only below the gate, and never with a share of 0", () => {
    expect(needsEncoder(part, [0.79, 0.21])).toBe(true);
    expect(needsEncoder(part, [0.8, 0.2])).toBe(false);
    expect(needsEncoder({ ...part, weight: 0 }, [0.4, 0.6])).toBe(false);
    expect(needsEncoder(null, [0.4, 0.6])).toBe(false);
  });

  it("takes a normalised weighted geometric mean", () => {
    const p = new Float64Array([0.6, 0.3, 0.1]);
    mixInto(p, 0, [0.2, 0.6, 0.2], 0.5);
    const raw = [Math.sqrt(0.12), Math.sqrt(0.18), Math.sqrt(0.02)];
    const sum = raw.reduce((a, b) => a + b);
    raw.forEach((v, c) => expect(p[c]).toBeCloseTo(v / sum, 12));
    const unchanged = new Float64Array([0.6, 0.3, 0.1]);
    mixInto(unchanged, 0, [0.2, 0.6, 0.2], 0);
    expect([...unchanged].map((v) => +v.toFixed(12))).toEqual([0.6, 0.3, 0.1]);
  });
});
