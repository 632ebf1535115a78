import "server-only";
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

/**
 * Out-of-fold scores, [row][class]: for each fold, a model fit on the other folds (`fit` gets their rows and the
 * fold's number) scores the fold's own rows. `onFoldDone` is told after each fold, with how many are done.
 */
export function outOfFoldScores<M>(
  foldOf: Int32Array,
  folds: number,
  classes: number,
  fit: (trainRows: Int32Array, fold: number) => M,
  scoreRow: (model: M, row: number, out: Float64Array) => void,
  onFoldDone?: (done: number) => void,
): Float32Array {
  const rows = foldOf.length;
  const oof = new Float32Array(rows * classes);
  const scores = new Float64Array(classes);
  for (let k = 0; k < folds; k++) {
    const model = fit(Int32Array.from({ length: rows }, (_, r) => r).filter((r) => foldOf[r] !== k), k);
    for (let r = 0; r < rows; r++) {
      if (foldOf[r] !== k) continue;
      scoreRow(model, r, scores);
      oof.set(scores, r * classes);
    }
    onFoldDone?.(k + 1);
  }
  return oof;
}
