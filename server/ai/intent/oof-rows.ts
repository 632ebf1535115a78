import "server-only";
import type { TScoredRow } from "./calibration";

/** Helpers over out-of-fold predictions, [row][class] in one array: shared by the stages that calibrate and mix. */

export function softmaxRows(logits: Float32Array, classes: number, temperature: number): Float32Array {
  const p = new Float32Array(logits.length);
  for (let base = 0; base < logits.length; base += classes) {
    let max = -Infinity;
    for (let c = 0; c < classes; c++) max = Math.max(max, logits[base + c]! / temperature);
    let sum = 0;
    for (let c = 0; c < classes; c++) sum += p[base + c] = Math.exp(logits[base + c]! / temperature - max);
    for (let c = 0; c < classes; c++) p[base + c]! /= sum;
  }
  return p;
}

export function mixedLogLoss(p: Float32Array, y: Int32Array, classes: number): number {
  let loss = 0;
  y.forEach((label, r) => (loss -= Math.log(Math.max(1e-12, p[r * classes + label]!))));
  return loss / Math.max(1, y.length);
}

/** Calibrated top in-scope class of each out-of-fold row, in the form the curve wants. */
export function scoreRows(p: Float32Array, y: Int32Array, classes: number, abstainIndex: number): TScoredRow[] {
  return Array.from(y, (actual, r) => {
    let top = 0;
    for (let c = 1; c < classes; c++) if (p[r * classes + c]! > p[r * classes + top]!) top = c;
    return {
      predicted: top === abstainIndex ? -1 : top,
      probability: p[r * classes + top]!,
      actual: actual === abstainIndex ? -1 : actual,
    };
  });
}
