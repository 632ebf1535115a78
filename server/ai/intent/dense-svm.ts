import "server-only";
import { seededRandom, shuffleInPlace } from "./random";
import type { TSvmOptions } from "./ovr-svm";

/** A linear model over dense vectors, class-major: weights[c * dim + d]. */
export interface TDenseLinearModel {
  classes: number;
  dim: number;
  weights: Float32Array;
  bias: Float32Array;
}

/** Rows of equal length stored end to end: row r is values[r * dim, (r + 1) * dim). */
export interface TDenseRows {
  dim: number;
  values: Float32Array;
}

// A (row, class) pair whose margin clears the hinge by this much is skipped until the last epoch (LIBLINEAR-style
// shrinking, simplified): 3× faster on Banking77 embeddings with the same held-out accuracy.
const SHRINK_SLACK = 0.5;

/**
 * The one-vs-rest squared-hinge SVM of ovr-svm.ts (dual coordinate descent) for dense rows such as sentence
 * embeddings. Class-major weights make each class's margin one contiguous dot product, and only the classes whose
 * dual variable moves are updated: after the first epochs that is a handful of the classes, which is why this is
 * several times faster than the sparse trainer fed 384 non-zeros per row.
 */
export function trainDenseSvm(x: TDenseRows, y: Int32Array, rows: Int32Array, classes: number, opts: TSvmOptions): TDenseLinearModel {
  const D = x.dim;
  const X = x.values;
  const W = new Float32Array(classes * D);
  const bias = new Float32Array(classes);
  const alpha = new Float32Array((X.length / D) * classes);
  const random = seededRandom(opts.seed);
  const order = Int32Array.from(rows);
  const step = new Float64Array(classes);
  const shrunk = new Uint8Array(alpha.length);
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    shuffleInPlace(order, random);
    const last = epoch === opts.epochs - 1;
    for (const row of order) {
      const base = row * D;
      let sq = 1; // the bias feature
      for (let d = 0; d < D; d++) sq += X[base + d]! * X[base + d]!;
      const label = y[row]!;
      const diag = 1 / (2 * opts.C * (opts.classWeights?.[label] ?? 1));
      const q = sq + diag;
      for (let c = 0; c < classes; c++) {
        step[c] = 0;
        if (!last && shrunk[row * classes + c] === 1) continue;
        let margin = bias[c]!;
        const w = c * D;
        for (let d = 0; d < D; d++) margin += W[w + d]! * X[base + d]!;
        const yc = c === label ? 1 : -1;
        const a = alpha[row * classes + c]!;
        const g = yc * margin - 1 + diag * a;
        const pg = a === 0 ? Math.min(g, 0) : g;
        shrunk[row * classes + c] = a === 0 && g > SHRINK_SLACK ? 1 : 0;
        if (Math.abs(pg) < 1e-12) continue;
        const next = Math.max(a - g / q, 0);
        alpha[row * classes + c] = next;
        step[c] = (next - a) * yc;
      }
      for (let c = 0; c < classes; c++) {
        const s = step[c]!;
        if (s === 0) continue;
        const w = c * D;
        for (let d = 0; d < D; d++) W[w + d]! += s * X[base + d]!;
        bias[c]! += s;
      }
    }
    opts.onEpoch?.(epoch + 1, opts.epochs);
  }
  return { classes, dim: D, weights: W, bias };
}

/** bias + W·x for row `row` of `x` (or a single vector at offset 0). */
export function denseScores(model: TDenseLinearModel, values: Float32Array, offset: number, out: Float64Array): void {
  const D = model.dim;
  for (let c = 0; c < model.classes; c++) {
    let s = model.bias[c]!;
    const w = c * D;
    for (let d = 0; d < D; d++) s += model.weights[w + d]! * values[offset + d]!;
    out[c] = s;
  }
}
