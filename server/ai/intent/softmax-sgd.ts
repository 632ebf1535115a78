import "server-only";
import type { TSparseRows } from "./features";
import { seededRandom, shuffleInPlace } from "./random";

export interface TLinearModel {
  classes: number;
  dim: number;
  /** Row-major [feature][class], so one sparse feature touches one contiguous run of class weights. */
  weights: Float32Array;
  bias: Float32Array;
}

export interface TSgdOptions {
  epochs: number;
  /** L2 strength per example. */
  lambda: number;
  /** Initial learning rate; decays as eta0 / (1 + eta0 * lambda * t). */
  eta0: number;
  seed: number;
  /** Per-class loss weights (class balancing); 1 when absent. */
  classWeights?: Float32Array;
  onEpoch?: (done: number, total: number) => void;
}

/** Scores of one sparse row: bias + scale · W·x. */
export function linearScores(model: TLinearModel, indices: Int32Array, values: Float32Array, from: number, to: number, out: Float64Array, scale = 1): void {
  const C = model.classes;
  const W = model.weights;
  for (let c = 0; c < C; c++) out[c] = 0;
  for (let k = from; k < to; k++) {
    const base = indices[k]! * C;
    const v = values[k]!;
    for (let c = 0; c < C; c++) out[c]! += v * W[base + c]!;
  }
  for (let c = 0; c < C; c++) out[c] = out[c]! * scale + model.bias[c]!;
}

export function softmaxInPlace(z: Float64Array, length = z.length): void {
  let max = -Infinity;
  for (let c = 0; c < length; c++) if (z[c]! > max) max = z[c]!;
  let sum = 0;
  for (let c = 0; c < length; c++) {
    z[c] = Math.exp(z[c]! - max);
    sum += z[c]!;
  }
  for (let c = 0; c < length; c++) z[c]! /= sum;
}

/**
 * Multinomial logistic regression by SGD on sparse rows. L2 decay is applied lazily through one global scale
 * factor, so each step costs only the row's non-zeros times the classes, not the whole weight matrix.
 */
export function trainSoftmaxSgd(x: TSparseRows, y: Int32Array, rows: Int32Array, classes: number, dim: number, opts: TSgdOptions): TLinearModel {
  const model: TLinearModel = { classes, dim, weights: new Float32Array(dim * classes), bias: new Float32Array(classes) };
  const W = model.weights;
  const random = seededRandom(opts.seed);
  const order = Int32Array.from(rows);
  const p = new Float64Array(classes);
  let scale = 1;
  let t = 0;
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    shuffleInPlace(order, random);
    for (const row of order) {
      const eta = opts.eta0 / (1 + opts.eta0 * opts.lambda * t++);
      const from = x.offsets[row]!;
      const to = x.offsets[row + 1]!;
      linearScores(model, x.indices, x.values, from, to, p, scale);
      softmaxInPlace(p);
      const label = y[row]!;
      const weight = opts.classWeights?.[label] ?? 1;
      p[label]! -= 1;
      scale *= 1 - eta * opts.lambda;
      const step = (eta * weight) / scale;
      for (let k = from; k < to; k++) {
        const base = x.indices[k]! * classes;
        const v = step * x.values[k]!;
        for (let c = 0; c < classes; c++) W[base + c]! -= v * p[c]!;
      }
      for (let c = 0; c < classes; c++) model.bias[c]! -= eta * weight * p[c]!;
      if (scale < 1e-6) {
        for (let i = 0; i < W.length; i++) W[i]! *= scale;
        scale = 1;
      }
    }
    opts.onEpoch?.(epoch + 1, opts.epochs);
  }
  if (scale !== 1) for (let i = 0; i < W.length; i++) W[i]! *= scale;
  return model;
}
