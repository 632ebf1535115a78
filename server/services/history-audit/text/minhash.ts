import "server-only";
import { fmix32 } from "./hash";

/**
 * MinHash signatures: for each of `numHashes` hash functions, the smallest hash of any shingle. The share of
 * positions where two signatures agree estimates the Jaccard similarity of their shingle sets, so near-duplicates
 * can be compared in constant time whatever their length.
 */
export interface MinHasher {
  numHashes: number;
  signature(shingles: Uint32Array): Uint32Array;
}

export function createMinHasher(numHashes = 128, seed = 0x9e3779b9): MinHasher {
  // h_i(x) = (a_i · mix(x) + b_i) mod 2³² with odd a_i: one multiply per function, and mixing x once first makes
  // these behave like independent random permutations even for structured inputs.
  const a = new Int32Array(numHashes);
  const b = new Int32Array(numHashes);
  let s = seed >>> 0;
  for (let i = 0; i < numHashes; i++) {
    s = fmix32(s + 0x6d2b79f5);
    a[i] = s | 1;
    s = fmix32(s + 0x6d2b79f5);
    b[i] = s;
  }
  return {
    numHashes,
    signature(shingles) {
      const sig = new Uint32Array(numHashes).fill(0xffffffff);
      for (const shingle of shingles) {
        const x = fmix32(shingle);
        for (let i = 0; i < numHashes; i++) {
          const h = (Math.imul(x, a[i]!) + b[i]!) >>> 0;
          if (h < sig[i]!) sig[i] = h;
        }
      }
      return sig;
    },
  };
}

/** The MinHash estimate of Jaccard similarity: the share of equal positions. */
export function estimateJaccard(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return a.length === 0 ? 0 : same / a.length;
}
