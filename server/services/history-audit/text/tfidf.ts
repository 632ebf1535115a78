import "server-only";
/**
 * TF-IDF weighting: a word counts for more the more often it appears in a text and the fewer texts contain it.
 * Vectors are sparse (word -> weight) and L2-normalised, so their dot product is their cosine similarity.
 */
export type SparseVector = Map<string, number>;

export interface TfIdfModel {
  /** Smoothed inverse document frequency: ln((1 + n) / (1 + df)) + 1, never zero, so every known word counts. */
  idf: ReadonlyMap<string, number>;
  vectorize(words: readonly string[]): SparseVector;
}

export function fitTfIdf(documents: readonly (readonly string[])[]): TfIdfModel {
  const df = new Map<string, number>();
  for (const words of documents) for (const w of new Set(words)) df.set(w, (df.get(w) ?? 0) + 1);
  const n = documents.length;
  const idf = new Map<string, number>();
  for (const [w, count] of df) idf.set(w, Math.log((1 + n) / (1 + count)) + 1);
  return {
    idf,
    // Words never seen in training carry no weight: nothing to compare them with.
    vectorize: (words) => normalise(termWeights(words, (w) => idf.get(w))),
  };
}

function termWeights(words: readonly string[], idfOf: (w: string) => number | undefined): SparseVector {
  const tf = new Map<string, number>();
  for (const w of words) tf.set(w, (tf.get(w) ?? 0) + 1);
  const v: SparseVector = new Map();
  // Sub-linear tf: a word said five times is not five times as telling.
  for (const [w, count] of tf) {
    const idf = idfOf(w);
    if (idf !== undefined) v.set(w, (1 + Math.log(count)) * idf);
  }
  return v;
}

export function normalise(v: SparseVector): SparseVector {
  let sum = 0;
  for (const x of v.values()) sum += x * x;
  if (sum === 0) return v;
  const norm = Math.sqrt(sum);
  const out: SparseVector = new Map();
  for (const [w, x] of v) out.set(w, x / norm);
  return out;
}

export function dot(a: SparseVector, b: SparseVector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let sum = 0;
  for (const [w, x] of small) {
    const y = large.get(w);
    if (y !== undefined) sum += x * y;
  }
  return sum;
}

/** Adds `v` into `acc` in place (for centroids). */
export function addInto(acc: SparseVector, v: SparseVector): void {
  for (const [w, x] of v) acc.set(w, (acc.get(w) ?? 0) + x);
}
