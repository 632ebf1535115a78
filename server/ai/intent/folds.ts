import type { TSparseRows } from "./features";
import { seededRandom, shuffleInPlace } from "./random";

/** Featurised training rows with their labels and folds: what every n-gram stage of training starts from. */
export interface TFoldedRows {
  x: TSparseRows;
  y: Int32Array;
  classes: number;
  dim: number;
  /** Fold of each row for the out-of-fold logits, and how many folds there are. */
  foldOf: Int32Array;
  folds: number;
}

/** The size of the rarest class: no more folds than that, or a fold would lack the class. */
export function smallestClassSize(y: Int32Array, classes: number): number {
  const counts = new Int32Array(classes);
  for (const l of y) counts[l]!++;
  return Math.min(...counts);
}

/** Fold of each row, dealing every class's rows round-robin after a seeded shuffle, so folds keep the class mix. */
export function stratifiedFolds(y: Int32Array, classes: number, folds: number, seed: number): Int32Array {
  const random = seededRandom(seed ^ 0x9e3779b9);
  const order = Array.from(y.keys());
  shuffleInPlace(order, random);
  const next = new Int32Array(classes);
  const foldOf = new Int32Array(y.length);
  for (const r of order) foldOf[r] = next[y[r]!]!++ % folds;
  return foldOf;
}
