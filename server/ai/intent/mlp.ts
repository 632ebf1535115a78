import "server-only";
import type { TSparseRows } from "./features";
import { seededRandom, shuffleInPlace } from "./random";

export interface TMlpOptions {
  /** Hidden ReLU units. */
  hidden: number;
  epochs: number;
  /** Initial SGD step; decays linearly to 0 over training (as fastText does). */
  learningRate: number;
  /** Share of hidden units dropped per example while training. */
  dropout: number;
  seed: number;
  /** Per-class weights on examples' loss; 1 when absent. */
  classWeights?: Float32Array;
  onEpoch?: (done: number, total: number) => void;
}

/** A one-hidden-layer network: relu(x·embed + hiddenBias)·out + outBias. Row-major [feature][hidden], [hidden][class]. */
export interface TMlp {
  hidden: number;
  classes: number;
  embed: Float32Array;
  hiddenBias: Float32Array;
  out: Float32Array;
  outBias: Float32Array;
}

/**
 * Trains the network on the same sparse TF-IDF rows as the SVM, with plain per-example SGD and softmax loss. Unlike
 * the linear models it learns a shared hidden representation of n-grams, so its errors differ from the SVM's and
 * averaging the two helps (see train.ts). Plain SGD rather than Adam: the embedding update then touches only the
 * active hidden units of the example's rows, which keeps a fit of 10k rows within a few seconds.
 */
export function trainMlp(x: TSparseRows, y: Int32Array, rows: Int32Array, classes: number, dim: number, opts: TMlpOptions): TMlp {
  const H = opts.hidden;
  const C = classes;
  const random = seededRandom(opts.seed);
  const embed = new Float32Array(dim * H);
  for (let i = 0; i < embed.length; i++) embed[i] = (random() * 2 - 1) * 0.1;
  const out = new Float32Array(H * C);
  const outScale = Math.sqrt(6 / (H + C));
  for (let i = 0; i < out.length; i++) out[i] = (random() * 2 - 1) * outScale;
  const hiddenBias = new Float32Array(H);
  const outBias = new Float32Array(C);

  const h = new Float64Array(H);
  const z = new Float64Array(C);
  const gz = new Float64Array(C);
  const active = new Int32Array(H);
  const activeValue = new Float64Array(H);
  const activeGrad = new Float64Array(H);
  const { indices: xi, values: xv, offsets: xo } = x;
  const keep = 1 / (1 - opts.dropout);
  const dropBelow = Math.floor(opts.dropout * 4294967296);
  let state = (opts.seed * 2654435761) >>> 0 || 1; // xorshift32 for the dropout masks: one draw per unit per example
  const order = Int32Array.from(rows);
  const steps = opts.epochs * rows.length;
  let t = 0;
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    shuffleInPlace(order, random);
    for (const r of order) {
      const from = xo[r]!;
      const to = xo[r + 1]!;
      const label = y[r]!;
      const lr = opts.learningRate * (1 - t++ / steps) * (opts.classWeights?.[label] ?? 1);
      for (let j = 0; j < H; j++) h[j] = hiddenBias[j]!;
      for (let k = from; k < to; k++) {
        const v = xv[k]!;
        const base = xi[k]! * H;
        for (let j = 0; j < H; j++) h[j]! += v * embed[base + j]!;
      }
      let n = 0;
      for (let j = 0; j < H; j++) {
        state ^= state << 13;
        state ^= state >>> 17;
        state ^= state << 5;
        if (h[j]! > 0 && state >>> 0 >= dropBelow) {
          active[n] = j;
          activeValue[n++] = h[j]! * keep;
        }
      }
      for (let c = 0; c < C; c++) z[c] = outBias[c]!;
      for (let a = 0; a < n; a++) {
        const v = activeValue[a]!;
        const base = active[a]! * C;
        for (let c = 0; c < C; c++) z[c]! += v * out[base + c]!;
      }
      let max = -Infinity;
      for (let c = 0; c < C; c++) max = Math.max(max, z[c]!);
      let sum = 0;
      for (let c = 0; c < C; c++) sum += z[c] = Math.exp(z[c]! - max);
      for (let c = 0; c < C; c++) {
        gz[c] = (z[c]! / sum - (c === label ? 1 : 0)) * lr;
        outBias[c]! -= gz[c]!;
      }
      for (let a = 0; a < n; a++) {
        const v = activeValue[a]!;
        const j = active[a]!;
        const base = j * C;
        let g = 0;
        for (let c = 0; c < C; c++) {
          g += gz[c]! * out[base + c]!;
          out[base + c]! -= v * gz[c]!;
        }
        activeGrad[a] = g * keep;
        hiddenBias[j]! -= g * keep;
      }
      for (let k = from; k < to; k++) {
        const v = xv[k]!;
        const base = xi[k]! * H;
        for (let a = 0; a < n; a++) embed[base + active[a]!]! -= v * activeGrad[a]!;
      }
    }
    opts.onEpoch?.(epoch + 1, opts.epochs);
  }
  return { hidden: H, classes: C, embed, hiddenBias, out, outBias };
}

/**
 * Logits of one sparse row (features given as weight rows and values). `embedRow(row, h, v)` adds v × that row's
 * embedding to h, so the float model (training) and the int8 one (stored) share this code.
 */
export function mlpLogits(
  hidden: number,
  classes: number,
  rows: ArrayLike<number>,
  values: ArrayLike<number>,
  count: number,
  embedRow: (row: number, h: Float64Array, value: number) => void,
  hiddenBias: Float32Array,
  out: Float32Array,
  outBias: Float32Array,
  z: Float64Array,
): void {
  const h = new Float64Array(hidden);
  for (let j = 0; j < hidden; j++) h[j] = hiddenBias[j]!;
  for (let k = 0; k < count; k++) if (rows[k]! >= 0) embedRow(rows[k]!, h, values[k]!);
  for (let c = 0; c < classes; c++) z[c] = outBias[c]!;
  for (let j = 0; j < hidden; j++) {
    const v = h[j]!;
    if (v <= 0) continue;
    const base = j * classes;
    for (let c = 0; c < classes; c++) z[c]! += v * out[base + c]!;
  }
}

export function floatEmbedRow(m: TMlp): (row: number, h: Float64Array, value: number) => void {
  return (row, h, value) => {
    const base = row * m.hidden;
    for (let j = 0; j < m.hidden; j++) h[j]! += value * m.embed[base + j]!;
  };
}
