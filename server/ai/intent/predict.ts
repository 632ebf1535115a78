import "server-only";
import { rawTerms, weighTerms } from "./features";
import type { TIntentModel, TIntentPrediction } from "./model";
import { encoderProbabilities, mixInto, needsEncoder } from "./encoder-part";
import { softmaxWithTemperature } from "./calibration";
import { nearestSimilarity } from "./familiarity";

/** What prediction derives from a model once: bucket → weight row (the stored model keeps only the sorted bucket list). */
interface TPredictor {
  rows: Int32Array;
  /** Scratch for one text's features and the network's hidden layer, reused from text to text. */
  featureRows: Int32Array;
  featureValues: Float64Array;
  hidden: Float64Array;
}

const predictors = new WeakMap<TIntentModel, TPredictor>();

function predictorOf(model: TIntentModel): TPredictor {
  let predictor = predictors.get(model);
  if (!predictor) {
    const rows = new Int32Array(1 << model.features.hashBits).fill(-1);
    model.buckets.forEach((b, r) => (rows[b] = r));
    predictor = { rows, featureRows: new Int32Array(256), featureValues: new Float64Array(256), hidden: new Float64Array(model.mlp.hidden) };
    predictors.set(model, predictor);
  }
  return predictor;
}

/**
 * Calibrated class probabilities of one text from its n-grams alone (the linear model's and the network's,
 * averaged), in model.classes order. The encoder's part, when the model has one, is mixed in by withEmbedding.
 * Every text goes through here, so its loops read the weights through locals and reuse scratch arrays; each sum
 * still adds the same terms in the same order, so the answer is the plain loops' to the last bit.
 */
export function classProbabilities(model: TIntentModel, text: string): Float64Array {
  const predictor = predictorOf(model);
  const rows = predictor.rows;
  const indices: number[] = [];
  const values: number[] = [];
  const idf = model.idf;
  const unseenIdf = model.unseenIdf;
  weighTerms(rawTerms(text, model.features), (b) => (rows[b]! >= 0 ? idf[rows[b]!]! : unseenIdf), model.features, indices, values);
  const count = indices.length;
  if (predictor.featureRows.length < count) {
    predictor.featureRows = new Int32Array(count * 2);
    predictor.featureValues = new Float64Array(count * 2);
  }
  // Only the features seen in training have weights: keep those, as (row, value) pairs.
  const featureRows = predictor.featureRows;
  const featureValues = predictor.featureValues;
  let seen = 0;
  for (let k = 0; k < count; k++) {
    const row = rows[indices[k]!]!;
    if (row < 0) continue;
    featureRows[seen] = row;
    featureValues[seen++] = values[k]!;
  }
  const C = model.classes.length;
  const z = new Float64Array(C);
  const weights = model.weights;
  const rowScales = model.rowScales;
  for (let k = 0; k < seen; k++) {
    const row = featureRows[k]!;
    const base = row * C;
    const v = featureValues[k]! * rowScales[row]!;
    addScaled(z, C, v, weights, base);
  }
  const bias = model.bias;
  for (let c = 0; c < C; c++) z[c]! += bias[c]!;
  softmaxWithTemperature(z, model.temperature);
  const mlp = model.mlp;
  if (mlp.weight > 0) {
    const H = mlp.hidden;
    const h = predictor.hidden.fill(0);
    const embed = mlp.embed;
    const embedScales = mlp.embedScales;
    for (let k = 0; k < seen; k++) {
      const row = featureRows[k]!;
      const base = row * H;
      const v = featureValues[k]! * embedScales[row]!;
      addScaled(h, H, v, embed, base);
    }
    const m = new Float64Array(C);
    const out = mlp.out;
    const outBias = mlp.outBias;
    const hiddenBias = mlp.hiddenBias;
    for (let c = 0; c < C; c++) m[c] = outBias[c]!;
    for (let j = 0; j < H; j++) {
      const v = h[j]! + hiddenBias[j]!;
      if (v <= 0) continue;
      addScaledFloats(m, C, v, out, j * C);
    }
    softmaxWithTemperature(m, mlp.temperature);
    const w = mlp.weight;
    for (let c = 0; c < C; c++) z[c] = (1 - w) * z[c]! + w * m[c]!;
  }
  return z;
}

/**
 * acc[0 … n) += v · from[base …]: the one loop prediction spends its time in. Unrolled by four, which V8 runs
 * markedly faster; each element still gets the same single addition, so the result is the plain loop's.
 */
function addScaled(acc: Float64Array, n: number, v: number, from: Int8Array, base: number): void {
  let i = 0;
  for (; i + 3 < n; i += 4) {
    acc[i]! += v * from[base + i]!;
    acc[i + 1]! += v * from[base + i + 1]!;
    acc[i + 2]! += v * from[base + i + 2]!;
    acc[i + 3]! += v * from[base + i + 3]!;
  }
  for (; i < n; i++) acc[i]! += v * from[base + i]!;
}

/** addScaled for float weights: a separate copy, so each stays specialised to one array type. */
function addScaledFloats(acc: Float64Array, n: number, v: number, from: Float32Array, base: number): void {
  let i = 0;
  for (; i + 3 < n; i += 4) {
    acc[i]! += v * from[base + i]!;
    acc[i + 1]! += v * from[base + i + 1]!;
    acc[i + 2]! += v * from[base + i + 2]!;
    acc[i + 3]! += v * from[base + i + 3]!;
  }
  for (; i < n; i++) acc[i]! += v * from[base + i]!;
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
  const p = classProbabilities(model, text);
  // Decided before the encoder's share is mixed in: the gate looks at the n-gram probabilities.
  const unfamiliar = embedding !== undefined && needsEncoder(model.encoder, p) && isUnfamiliar(model, embedding);
  return predictionFrom(model, withEmbedding(model, p, embedding), unfamiliar);
}

/** Whether an embedded text (values[offset … offset + dim)) is unlike every intent the model was trained on. */
export function isUnfamiliar(model: TIntentModel, embedding: Float32Array, offset = 0): boolean {
  const part = model.familiarity;
  if (!part || !model.encoder) return false;
  return nearestSimilarity(part.centroids, model.encoder.dim, embedding, offset) < part.threshold;
}

/** The prediction for class probabilities in model.classes order (see predictIntent); `unfamiliar` from isUnfamiliar. */
export function predictionFrom(model: TIntentModel, p: Float64Array, unfamiliar = false): TIntentPrediction {
  const ranked = model.classes
    .map((label, c) => ({ label, probability: p[c]! }))
    .sort((a, b) => b.probability - a.probability);
  const inScope = ranked.filter((r) => r.label !== model.abstainLabel);
  const top = inScope[0]!;
  const outOfScope = ranked[0]!.label === model.abstainLabel;
  const abstained = outOfScope || unfamiliar || top.probability < model.threshold;
  return {
    label: abstained ? null : top.label,
    probability: top.probability,
    alternatives: inScope.slice(0, 3),
    abstained,
    outOfScope,
    unfamiliar,
    threshold: model.threshold,
  };
}
