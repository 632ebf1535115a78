import "server-only";
import { outOfFoldScores, type TFoldedRows } from "./folds";
import { floatEmbedRow, mlpLogits, trainMlp, type TMlp, type TMlpOptions } from "./mlp";

/** Everything the network's share of training needs; plain typed arrays, so it can be posted to a worker thread. */
export interface TMlpStageInput extends TFoldedRows {
  options: Omit<TMlpOptions, "seed" | "onEpoch">;
  seed: number;
  /** Networks per fit, from different seeds; their logits are averaged (see mergeNetworks). */
  networks: number;
}

export interface TMlpStageOutput {
  /** Out-of-fold logits, [row][class]. */
  oof: Float32Array;
  /** The network fit on every row. */
  final: TMlp;
}

/**
 * The network's part of training: one fit per fold for honest out-of-fold logits, then the fit on every row. The
 * final fit is made before the mixing weight is known (it may turn out to be 0 and be dropped) so that the whole
 * stage can run on another core, side by side with the linear model, without waiting for the calibrate stage.
 * `onFit` is told after each fit (folds + 1 in all).
 */
export function runMlpStage(input: TMlpStageInput, onFit?: (done: number, total: number) => void): TMlpStageOutput {
  const { x, y, classes: C, dim, foldOf, folds, options, seed, networks } = input;
  // Seeds of the n-th network of a fit are 1000·n apart, so the first network is the same whatever `networks` is.
  const fitAll = (rowIds: Int32Array, fitSeed: number) =>
    mergeNetworks(Array.from({ length: networks }, (_, n) => trainMlp(x, y, rowIds, C, dim, { ...options, seed: fitSeed + 1000 * n })));
  const oof = outOfFoldScores(
    foldOf,
    folds,
    C,
    (rows, k) => {
      const net = fitAll(rows, seed + k + 101);
      return { net, embedRow: floatEmbedRow(net) };
    },
    ({ net, embedRow }, r, out) => {
      const from = x.offsets[r]!;
      const to = x.offsets[r + 1]!;
      mlpLogits(net.hidden, C, x.indices.subarray(from, to), x.values.subarray(from, to), to - from, embedRow, net.hiddenBias, net.out, net.outBias, out);
    },
    (done) => onFit?.(done, folds + 1),
  );
  const final = fitAll(Int32Array.from(y.keys()), seed);
  onFit?.(folds + 1, folds + 1);
  return { oof, final };
}

/**
 * Several networks as one: the hidden layers side by side and the output weights divided by their number, so the
 * merged network's logits are exactly the mean of theirs. The stored model and prediction code stay the same.
 */
export function mergeNetworks(nets: TMlp[]): TMlp {
  if (nets.length === 1) return nets[0]!;
  const { classes: C } = nets[0]!;
  const n = nets.length;
  const H = nets.reduce((sum, m) => sum + m.hidden, 0);
  const rowsOfEmbed = nets[0]!.embed.length / nets[0]!.hidden;
  const embed = new Float32Array(rowsOfEmbed * H);
  const hiddenBias = new Float32Array(H);
  const out = new Float32Array(H * C);
  const outBias = new Float32Array(C);
  let offset = 0;
  for (const m of nets) {
    for (let r = 0; r < rowsOfEmbed; r++) embed.set(m.embed.subarray(r * m.hidden, (r + 1) * m.hidden), r * H + offset);
    hiddenBias.set(m.hiddenBias, offset);
    for (let i = 0; i < m.out.length; i++) out[offset * C + i] = m.out[i]! / n;
    for (let c = 0; c < C; c++) outBias[c]! += m.outBias[c]! / n;
    offset += m.hidden;
  }
  return { hidden: H, classes: C, embed, hiddenBias, out, outBias };
}
