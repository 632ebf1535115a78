import type { TFoldedRows } from "./folds";
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
  const oof = new Float32Array(y.length * C);
  const scores = new Float64Array(C);
  for (let k = 0; k < folds; k++) {
    onProgress?.("cross-validate", k, folds);
    const foldModel = fit(Int32Array.from(y.keys()).filter((r) => foldOf[r] !== k), seed + k + 1);
    for (let r = 0; r < y.length; r++) {
      if (foldOf[r] !== k) continue;
      linearScores(foldModel, x.indices, x.values, x.offsets[r]!, x.offsets[r + 1]!, scores);
      oof.set(scores, r * C);
    }
  }
  onProgress?.("cross-validate", folds, folds);
  const final = fit(Int32Array.from(y.keys()), seed, (done, total) => onProgress?.("final-fit", done, total));
  return { oof, final };
}
