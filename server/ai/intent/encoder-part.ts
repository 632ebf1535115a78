import "server-only";
import { softmaxWithTemperature } from "./calibration";
import { denseScores, type TDenseLinearModel } from "./dense-svm";

/**
 * The sentence-encoder half of the intent model: a linear SVM over the text's embedding, calibrated by its own
 * temperature, whose probabilities are combined with the n-gram model's by a weighted geometric mean. The encoder
 * costs far more per text than the n-gram model, so it is asked only when the n-gram model's top probability is
 * below `gate`; texts the n-gram model is sure of keep its answer. Weight and gate are chosen on out-of-fold
 * predictions of the training data (see choose-encoder-mix.ts).
 */
export interface TEncoderPart {
  /** The encoder the embeddings must come from (ENCODER.name); a model is never used with another one. */
  name: string;
  dim: number;
  /** Share of the encoder in the geometric mean: p ∝ fast^(1-weight) · encoder^weight. */
  weight: number;
  gate: number;
  temperature: number;
  /** Class-major [class][dim] and one bias per class (TDenseLinearModel). */
  weights: Float32Array;
  bias: Float32Array;
}

/**
 * Whether the text with these n-gram probabilities should also be embedded. (An exact test, "the encoder cannot
 * change the top class", bounds how far one class can gain on another from the weights alone, embeddings being
 * unit length: that bound is so loose that no text the gate sends passes it, so the gate stays a threshold.)
 */
export function needsEncoder(part: Pick<TEncoderPart, "weight" | "gate"> | null, fast: ArrayLike<number>): boolean {
  if (part === null || part.weight === 0) return false;
  let top = 0;
  for (let c = 0; c < fast.length; c++) if (fast[c]! > top) top = fast[c]!;
  return top < part.gate;
}

/** Calibrated class probabilities from one embedding (values[offset … offset + dim)). */
export function encoderProbabilities(part: TEncoderPart, values: Float32Array, offset: number, out: Float64Array): void {
  const model: TDenseLinearModel = { classes: out.length, dim: part.dim, weights: part.weights, bias: part.bias };
  denseScores(model, values, offset, out);
  softmaxWithTemperature(out, part.temperature);
}

/** fast ← normalised fast^(1-weight) · encoder^weight, in place. */
export function mixInto(fast: Float64Array | Float32Array, from: number, encoder: ArrayLike<number>, weight: number): void {
  const C = encoder.length;
  let max = -Infinity;
  for (let c = 0; c < C; c++) {
    const v = (1 - weight) * Math.log(Math.max(fast[from + c]!, 1e-12)) + weight * Math.log(Math.max(encoder[c]!, 1e-12));
    fast[from + c] = v;
    if (v > max) max = v;
  }
  let sum = 0;
  for (let c = 0; c < C; c++) sum += fast[from + c] = Math.exp(fast[from + c]! - max);
  for (let c = 0; c < C; c++) fast[from + c]! /= sum;
}
