import "server-only";
import { outOfFoldScores, type TFoldedRows } from "./folds";
import { trainOvrSvm, type TSvmOptions } from "./ovr-svm";
import { linearScores, trainSoftmaxSgd, type TLinearModel, type TSgdOptions } from "./softmax-sgd";

/** Everything the linear model's stage needs; plain typed arrays, so it can be posted to a worker thread. */
export interface TLinearStageInput extends TFoldedRows {
  seed: number;
  classWeights: Float32Array;
  learner: "svm" | "softmax";
  svm: Omit<TSvmOptions, "seed" | "onEpoch" | "classWeights">;
  sgd: Omit<TSgdOptions, "seed" | "onEpoch" | "classWeights">;
}

export interface TLinearStageOutput {
  /** Out-of-fold logits, [row][class]. */
  oof: Float32Array;
  final: TLinearModel;
}

export type TLinearProgress = (stage: "cross-validate" | "final-fit", done: number, total: number) => void;

/** The linear model's out-of-fold logits (one fit per fold) and its fit on every row. */
export function runLinearStage(input: TLinearStageInput, onProgress?: TLinearProgress): TLinearStageOutput {
  const { x, y, classes: C, dim, foldOf, folds, seed, classWeights } = input;
  const fit = (rowIds: Int32Array, fitSeed: number, onEpoch?: (done: number, total: number) => void): TLinearModel =>
    input.learner === "softmax"
      ? trainSoftmaxSgd(x, y, rowIds, C, dim, { ...input.sgd, seed: fitSeed, onEpoch, classWeights })
      : trainOvrSvm(x, y, rowIds, C, dim, { ...input.svm, seed: fitSeed, onEpoch, classWeights });
  onProgress?.("cross-validate", 0, folds);
  const oof = outOfFoldScores(
    foldOf,
    folds,
    C,
    (rows, k) => fit(rows, seed + k + 1),
    (model, r, out) => linearScores(model, x.indices, x.values, x.offsets[r]!, x.offsets[r + 1]!, out),
    (done) => onProgress?.("cross-validate", done, folds),
  );
  const final = fit(Int32Array.from(y.keys()), seed, (done, total) => onProgress?.("final-fit", done, total));
  return { oof, final };
}
