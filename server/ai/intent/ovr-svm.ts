import "server-only";
import type { TSparseRows } from "./features";
import { seededRandom, shuffleInPlace } from "./random";
import type { TLinearModel } from "./softmax-sgd";

export interface TSvmOptions {
  /** Inverse regularisation strength (LIBLINEAR's C). */
  C: number;
  epochs: number;
  seed: number;
  /** Per-class weights on examples' loss (their C is multiplied by it); 1 when absent. */
  classWeights?: Float32Array;
  onEpoch?: (done: number, total: number) => void;
}

/**
 * One-vs-rest linear SVMs with the squared hinge loss, trained by dual coordinate descent (Hsieh et al., 2008, the
 * LIBLINEAR method). All classes are swept together: one example's non-zeros touch a contiguous run of class
 * weights, as in the softmax trainer. The bias is an extra constant feature (regularised, as in LIBLINEAR).
 */
export function trainOvrSvm(x: TSparseRows, y: Int32Array, rows: Int32Array, classes: number, dim: number, opts: TSvmOptions): TLinearModel {
  const W = new Float32Array(dim * classes);
  const bias = new Float32Array(classes);
  const alpha = new Float32Array(x.offsets.length * classes);
  const random = seededRandom(opts.seed);
  const order = Int32Array.from(rows);
  const margin = new Float64Array(classes);
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    shuffleInPlace(order, random);
    for (const row of order) {
      const from = x.offsets[row]!;
      const to = x.offsets[row + 1]!;
      let sq = 1; // the bias feature
      for (let c = 0; c < classes; c++) margin[c] = bias[c]!;
      for (let k = from; k < to; k++) {
        const v = x.values[k]!;
        sq += v * v;
        const base = x.indices[k]! * classes;
        for (let c = 0; c < classes; c++) margin[c]! += v * W[base + c]!;
      }
      const label = y[row]!;
      const diag = 1 / (2 * opts.C * (opts.classWeights?.[label] ?? 1));
      const q = sq + diag;
      let touched = false;
      for (let c = 0; c < classes; c++) {
        const yc = c === label ? 1 : -1;
        const a = alpha[row * classes + c]!;
        const g = yc * margin[c]! - 1 + diag * a;
        const pg = a === 0 ? Math.min(g, 0) : g;
        if (Math.abs(pg) < 1e-12) {
          margin[c] = 0;
          continue;
        }
        const next = Math.max(a - g / q, 0);
        alpha[row * classes + c] = next;
        margin[c] = (next - a) * yc; // reused as this class's step
        touched = true;
      }
      if (!touched) continue;
      for (let k = from; k < to; k++) {
        const v = x.values[k]!;
        const base = x.indices[k]! * classes;
        for (let c = 0; c < classes; c++) W[base + c]! += v * margin[c]!;
      }
      for (let c = 0; c < classes; c++) bias[c]! += margin[c]!;
    }
    opts.onEpoch?.(epoch + 1, opts.epochs);
  }
  return { classes, dim, weights: W, bias };
}
