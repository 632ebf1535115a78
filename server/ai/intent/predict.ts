import "server-only";
import { rawTerms, weighTerms } from "./features";
import type { TIntentModel, TIntentPrediction } from "./model";
import { encoderProbabilities, mixInto, needsEncoder } from "./encoder-part";
import { softmaxWithTemperature } from "./calibration";

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

/**
 * Calibrated class probabilities of one text from its n-grams alone (the linear model's and the network's,
 * averaged), in model.classes order. The encoder's part, when the model has one, is mixed in by withEmbedding.
 */
export function classProbabilities(model: TIntentModel, text: string): Float64Array {
  const rows = rowOf(model);
  const indices: number[] = [];
  const values: number[] = [];
  weighTerms(rawTerms(text, model.features), (b) => (rows[b]! >= 0 ? model.idf[rows[b]!]! : model.unseenIdf), model.features, indices, values);
  const C = model.classes.length;
  const z = new Float64Array(C);
  const featureRows = new Int32Array(indices.length);
  for (let k = 0; k < indices.length; k++) {
    const row = (featureRows[k] = rows[indices[k]!]!);
    if (row < 0) continue;
    const base = row * C;
    const v = values[k]! * model.rowScales[row]!;
    for (let c = 0; c < C; c++) z[c]! += v * model.weights[base + c]!;
  }
  for (let c = 0; c < C; c++) z[c]! += model.bias[c]!;
  softmaxWithTemperature(z, model.temperature);
  const mlp = model.mlp;
  if (mlp.weight > 0) {
    const H = mlp.hidden;
    const m = new Float64Array(C);
    const h = new Float64Array(H);
    for (let k = 0; k < featureRows.length; k++) {
      const row = featureRows[k]!;
      if (row < 0) continue;
      const base = row * H;
      const v = values[k]! * mlp.embedScales[row]!;
      for (let j = 0; j < H; j++) h[j]! += v * mlp.embed[base + j]!;
    }
    for (let c = 0; c < C; c++) m[c] = mlp.outBias[c]!;
    for (let j = 0; j < H; j++) {
      const v = h[j]! + mlp.hiddenBias[j]!;
      if (v <= 0) continue;
      for (let c = 0, base = j * C; c < C; c++) m[c]! += v * mlp.out[base + c]!;
    }
    softmaxWithTemperature(m, mlp.temperature);
    for (let c = 0; c < C; c++) z[c] = (1 - mlp.weight) * z[c]! + mlp.weight * m[c]!;
  }
  return z;
}

/**
 * Mixes the encoder's probabilities into n-gram ones, in place, when the model has an encoder part, its gate asks
 * for it and an embedding is given (values[offset … offset + dim)). Without the embedding the n-gram answer stands:
 * calibrated on its own, only less accurate on the texts the gate would have sent to the encoder.
 */
export function withEmbedding(model: TIntentModel, p: Float64Array, embedding?: Float32Array, offset = 0): Float64Array {
  const part = model.encoder;
  if (!part || !embedding || !needsEncoder(part, p)) return p;
  const q = new Float64Array(p.length);
  encoderProbabilities(part, embedding, offset, q);
  mixInto(p, 0, q, part.weight);
  return p;
}

/**
 * The intent of one text, or an abstention (label null) when the top probability is under the model's threshold or
 * the most likely class is the abstain label. Alternatives are the top three in-scope classes. `embedding` is the
 * text's sentence embedding, for a model with an encoder part (see predict-batch.ts, which embeds only the texts
 * the gate asks for).
 */
export function predictIntent(model: TIntentModel, text: string, embedding?: Float32Array): TIntentPrediction {
  return predictionFrom(model, withEmbedding(model, classProbabilities(model, text), embedding));
}

/** The prediction for class probabilities in model.classes order (see predictIntent). */
export function predictionFrom(model: TIntentModel, p: Float64Array): TIntentPrediction {
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
