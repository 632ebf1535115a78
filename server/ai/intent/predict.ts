import { rawTerms, weighTerms } from "./features";
import type { TIntentModel, TIntentPrediction } from "./model";

const rowMaps = new WeakMap<TIntentModel, Int32Array>();

/** bucket → weight row, built once per model (the stored model keeps only the sorted bucket list). */
function rowOf(model: TIntentModel): Int32Array {
  let map = rowMaps.get(model);
  if (!map) {
    map = new Int32Array(1 << model.features.hashBits).fill(-1);
    model.buckets.forEach((b, r) => (map![b] = r));
    rowMaps.set(model, map);
  }
  return map;
}

/** Calibrated class probabilities of one text (softmax of logits / temperature), in model.classes order. */
export function classProbabilities(model: TIntentModel, text: string): Float64Array {
  const rows = rowOf(model);
  const indices: number[] = [];
  const values: number[] = [];
  weighTerms(rawTerms(text, model.features), (b) => (rows[b]! >= 0 ? model.idf[rows[b]!]! : model.unseenIdf), model.features, indices, values);
  const C = model.classes.length;
  const z = new Float64Array(C);
  for (let k = 0; k < indices.length; k++) {
    const row = rows[indices[k]!]!;
    if (row < 0) continue;
    const base = row * C;
    const v = values[k]! * model.rowScales[row]!;
    for (let c = 0; c < C; c++) z[c]! += v * model.weights[base + c]!;
  }
  let max = -Infinity;
  for (let c = 0; c < C; c++) {
    z[c] = (z[c]! + model.bias[c]!) / model.temperature;
    max = Math.max(max, z[c]!);
  }
  let sum = 0;
  for (let c = 0; c < C; c++) sum += z[c] = Math.exp(z[c]! - max);
  for (let c = 0; c < C; c++) z[c]! /= sum;
  return z;
}

/**
 * The intent of one text, or an abstention (label null) when the top probability is under the model's threshold or
 * the most likely class is the abstain label. Alternatives are the top three in-scope classes.
 */
export function predictIntent(model: TIntentModel, text: string): TIntentPrediction {
  const p = classProbabilities(model, text);
  const ranked = model.classes
    .map((label, c) => ({ label, probability: p[c]! }))
    .sort((a, b) => b.probability - a.probability);
  const inScope = ranked.filter((r) => r.label !== model.abstainLabel);
  const top = inScope[0]!;
  const outOfScope = ranked[0]!.label === model.abstainLabel;
  const abstained = outOfScope || top.probability < model.threshold;
  return {
    label: abstained ? null : top.label,
    probability: top.probability,
    alternatives: inScope.slice(0, 3),
    abstained,
    outOfScope,
    threshold: model.threshold,
  };
}
