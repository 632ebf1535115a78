import "server-only";
import { fmix32, fnv1a32 } from "./hash";

/**
 * The set of hashed word k-grams ("shingles") of a text: two texts share most shingles exactly when they share
 * most of their wording in the same order. A text shorter than k words is one shingle of all its words. Each word
 * is hashed once and a shingle's hash combines its words' hashes, which is several times faster than hashing
 * joined strings.
 */
export function wordShingles(words: readonly string[], k = 3): Uint32Array {
  if (words.length === 0) return new Uint32Array(0);
  const hashes = words.map(fnv1a32);
  const set = new Set<number>();
  const span = Math.min(k, words.length);
  for (let i = 0; i + span <= words.length; i++) {
    let h = 0x811c9dc5;
    for (let j = 0; j < span; j++) h = Math.imul(h ^ hashes[i + j]!, 0x01000193);
    set.add(fmix32(h));
  }
  return Uint32Array.from(set);
}

/** Exact Jaccard similarity of two shingle sets (for tests and for checking MinHash's estimate). */
export function jaccard(a: Uint32Array, b: Uint32Array): number {
  if (a.length === 0 && b.length === 0) return 1;
  const setA = new Set(a);
  let common = 0;
  for (const x of b) if (setA.has(x)) common++;
  return common / (a.length + b.length - common);
}
