import "server-only";

/**
 * "Not like any intent it was trained on": the cosine similarity of a text's sentence embedding to the nearest
 * intent's centroid (the normalised mean of its training embeddings). A support history has no rows labelled
 * "not ours", so the threshold is chosen from in-scope rows alone: each row scored against centroids left without
 * it (as a new text of a known intent), and against the other intents only (as a text of an intent held out of
 * training). Centroids are fit per intent, so leaving a row or a whole intent out costs no refit.
 *
 * The check runs only on the texts the encoder's gate embeds anyway (those the n-gram model is unsure of), so it
 * costs no extra embeddings; a text the n-gram model is sure of counts as familiar.
 */
export interface TFamiliarityPart {
  /** [class][dim], unit length; all zeros for the abstain label, which is never a nearest intent. */
  centroids: Float32Array;
  /** Unfamiliar when the nearest centroid's similarity is below this. */
  threshold: number;
  rule: string;
  /** Of the training rows, scored as if their intent had been held out: the share the threshold flags. */
  heldOutFlagged: number;
  /** Of all in-scope training rows, each scored against centroids left without it: the share flagged. */
  inScopeFlagged: number;
}

/**
 * Share of all in-scope training rows the check may flag. Chosen on CLINC150's dev split (trained on its in-scope
 * intents only): the in-scope rows a new text meets sit a little further from the centroids than the training rows
 * left out one at a time, so the budget is kept under the in-scope loss the rule may cost.
 */
export const FAMILIARITY_BUDGET = 0.03;
const MAX_EMBEDDED_SHARE = 0.5;
/**
 * The check is kept only when the trained intents stand apart: at the similarity that flags 1% of the training rows
 * (each as a new text of its own intent), at least 10% of them must be flagged when their intent is held out.
 * CLINC150's intents (ten domains) pass; Banking77's (fine-grained intents of one bank) do not: a new banking intent
 * reads like the known ones, so the check could only cost in-scope answers there.
 */
const SEPARATION = { inScope: 0.01, heldOut: 0.1 };
export const familiarityRule = (budget: number) =>
  `unfamiliar below the highest similarity to the nearest intent that flags at most ${+(budget * 100).toFixed(1)}% of the training rows, each scored as a new text of its own intent`;

/** Whether texts of a held-out intent stand out from new texts of the trained ones (see SEPARATION). */
function standApart(seen: number[], heldOut: number[]): boolean {
  const sorted = [...seen].sort((a, b) => a - b);
  const at = sorted[Math.floor(SEPARATION.inScope * sorted.length)]!;
  return heldOut.filter((s) => s < at).length / heldOut.length >= SEPARATION.heldOut;
}

/** Highest similarity of one embedding (values[offset … offset + dim)) to any intent's centroid. */
export function nearestSimilarity(centroids: Float32Array, dim: number, values: Float32Array, offset: number): number {
  let best = -Infinity;
  for (let base = 0; base < centroids.length; base += dim) {
    let s = 0;
    for (let d = 0; d < dim; d++) s += centroids[base + d]! * values[offset + d]!;
    if (s > best) best = s;
  }
  return best;
}

/**
 * Fits the centroids and picks the threshold. `embedded[r]`: whether the gate would embed row r (from its
 * out-of-fold n-gram probabilities); only those rows can be flagged, so only they spend the budget.
 */
export function fitFamiliarity(
  x: { dim: number; values: Float32Array },
  y: Int32Array,
  classes: number,
  abstainIndex: number,
  embedded: (row: number) => boolean,
  budget = FAMILIARITY_BUDGET,
): { part: TFamiliarityPart; similarity: Float32Array } | null {
  const D = x.dim;
  const sums = new Float64Array(classes * D);
  const counts = new Int32Array(classes);
  y.forEach((c, r) => {
    if (c === abstainIndex) return;
    counts[c]!++;
    for (let d = 0; d < D; d++) sums[c * D + d]! += x.values[r * D + d]!;
  });
  const centroids = new Float32Array(classes * D);
  for (let c = 0; c < classes; c++) {
    if (c === abstainIndex || counts[c]! < 2) continue;
    const norm = Math.hypot(...sums.subarray(c * D, (c + 1) * D));
    if (norm > 0) for (let d = 0; d < D; d++) centroids[c * D + d] = sums[c * D + d]! / norm;
  }
  const seen: number[] = [];
  const seenAll: number[] = [];
  const heldOut: number[] = [];
  // Per row, the similarity the check would see for it as a new text (Infinity: never checked).
  const similarity = new Float32Array(y.length).fill(Infinity);
  const own = new Float64Array(D);
  let inScope = 0;
  y.forEach((c, r) => {
    if (c === abstainIndex || counts[c]! < 2) return;
    inScope++;
    // Similarity to the other intents, computed with this row's own centroid zeroed for the moment.
    const saved = centroids.slice(c * D, (c + 1) * D);
    centroids.fill(0, c * D, (c + 1) * D);
    const others = nearestSimilarity(centroids, D, x.values, r * D);
    centroids.set(saved, c * D);
    heldOut.push(others);
    let norm = 0;
    for (let d = 0; d < D; d++) norm += (own[d] = sums[c * D + d]! - x.values[r * D + d]!) ** 2;
    let s = 0;
    for (let d = 0; d < D; d++) s += (own[d]! / Math.sqrt(norm || 1)) * x.values[r * D + d]!;
    seenAll.push(Math.max(s, others));
    if (embedded(r)) seen.push((similarity[r] = seenAll.at(-1)!));
  });
  if (inScope === 0 || !standApart(seenAll, heldOut)) return null;
  seen.sort((a, b) => a - b);
  // The rows below the threshold are the ones flagged: at most budget × all in-scope rows of them.
  // The rows below the threshold are the ones flagged: at most budget × all in-scope rows of them, and never most
  // of the rows the gate embeds (a gate that embeds few rows would otherwise let every one of them be flagged).
  const allowed = Math.min(Math.floor(budget * inScope), Math.floor(seen.length * MAX_EMBEDDED_SHARE));
  if (allowed === 0) return null;
  const threshold = seen[allowed]! - 1e-6;
  const part: TFamiliarityPart = {
    centroids,
    threshold,
    rule: familiarityRule(budget),
    heldOutFlagged: heldOut.filter((s) => s < threshold).length / heldOut.length,
    inScopeFlagged: seen.filter((s) => s < threshold).length / inScope,
  };
  return { part, similarity };
}
