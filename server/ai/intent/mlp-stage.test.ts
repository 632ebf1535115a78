import { describe, expect, it } from "vitest";
import type { TSparseRows } from "./features";
import { floatEmbedRow, mlpLogits, trainMlp, type TMlp } from "./mlp";
import { mergeNetworks, runMlpStage, type TMlpStageInput } from "./mlp-stage";
import { runMlpStageInWorker } from "./mlp-stage-worker";

/** 60 rows of 3 classes over 12 features: class c lights features 4c..4c+3, plus one shared noisy feature. */
function toyInput(networks = 1): TMlpStageInput {
  const offsets = [0];
  const indices: number[] = [];
  const values: number[] = [];
  const y: number[] = [];
  for (let r = 0; r < 60; r++) {
    const c = r % 3;
    indices.push(4 * c + (r % 4), 4 * c + ((r + 1) % 4), (r * 7) % 12);
    values.push(0.6, 0.6, 0.3);
    offsets.push(indices.length);
    y.push(c);
  }
  const x: TSparseRows = { offsets: Int32Array.from(offsets), indices: Int32Array.from(indices), values: Float32Array.from(values) };
  return {
    x,
    y: Int32Array.from(y),
    classes: 3,
    dim: 12,
    foldOf: Int32Array.from(y, (_, r) => r % 3),
    folds: 3,
    options: { hidden: 8, epochs: 5, learningRate: 0.2, dropout: 0.1 },
    seed: 4,
    networks,
  };
}

function logits(m: TMlp, x: TSparseRows, r: number): Float64Array {
  const z = new Float64Array(m.classes);
  const from = x.offsets[r]!;
  const to = x.offsets[r + 1]!;
  mlpLogits(m.hidden, m.classes, x.indices.subarray(from, to), x.values.subarray(from, to), to - from, floatEmbedRow(m), m.hiddenBias, m.out, m.outBias, z);
  return z;
}

describe("mergeNetworks", () => {
  it("gives exactly the mean of the networks' logits", () => {
    const { x, y, options } = toyInput();
    const rows = Int32Array.from(y.keys());
    const a = trainMlp(x, y, rows, 3, 12, { ...options, seed: 1 });
    const b = trainMlp(x, y, rows, 3, 12, { ...options, seed: 2 });
    const merged = mergeNetworks([a, b]);
    expect(merged.hidden).toBe(16);
    for (const r of [0, 7, 31]) {
      const za = logits(a, x, r);
      const zb = logits(b, x, r);
      const zm = logits(merged, x, r);
      zm.forEach((v, c) => expect(v).toBeCloseTo((za[c]! + zb[c]!) / 2, 5));
    }
  });
});

describe("runMlpStage", () => {
  it("fills out-of-fold logits for every row and reports each fit", () => {
    const fits: number[] = [];
    const { oof, final } = runMlpStage(toyInput(), (done) => fits.push(done));
    expect(fits).toEqual([1, 2, 3, 4]);
    expect(oof.some((v) => v === 0)).toBe(false);
    expect(final.hidden).toBe(8);
  });

  it("with two networks keeps the first network's seeds and doubles the hidden layer", () => {
    const one = runMlpStage(toyInput(1));
    const two = runMlpStage(toyInput(2));
    expect(two.final.hidden).toBe(16);
    expect(two.final.embed.subarray(0, 8)).toEqual(one.final.embed.subarray(0, 8));
  });
});

describe("runMlpStageInWorker", () => {
  it("returns what runMlpStage returns on this thread", async () => {
    const here = runMlpStage(toyInput());
    const fits: number[] = [];
    const there = await runMlpStageInWorker(toyInput(), (done) => fits.push(done));
    expect(there.oof).toEqual(here.oof);
    expect(there.final.out).toEqual(here.final.out);
    expect(fits).toEqual([1, 2, 3, 4]);
  });

  it("falls back to this thread when the worker cannot start", async () => {
    const here = runMlpStage(toyInput());
    const fallback = await runMlpStageInWorker(toyInput(), undefined, "no-such-worker.ts");
    expect(fallback.oof).toEqual(here.oof);
  });
});
