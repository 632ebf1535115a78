import "server-only";
import { estimateJaccard } from "./minhash";
import { UnionFind } from "./union-find";

/**
 * Near-duplicate clusters from MinHash signatures by locality-sensitive hashing: signatures are cut into `bands`
 * of `rows` values; items equal in any whole band become candidates, and a candidate pair is linked only when its
 * estimated Jaccard similarity reaches `threshold`. Linked items form clusters (transitively). This compares each
 * item with a handful of others instead of all n², so 50,000 replies cluster in well under a second.
 *
 * With 32 bands of 4 rows, a pair at Jaccard 0.6 becomes a candidate with probability 1 - (1 - 0.6⁴)³² ≈ 0.99;
 * a pair at 0.3 only ≈ 0.23, and the threshold check then drops it.
 */
export interface LshOptions {
  bands: number;
  rows: number;
  threshold: number;
}

export const DEFAULT_LSH: LshOptions = { bands: 32, rows: 4, threshold: 0.6 };

// In a crowded bucket every item is checked against the bucket's first few items, not against all the others:
// members of one template reach each other through those, and the cost stays linear.
const ANCHORS_PER_BUCKET = 4;

/** Returns a cluster id per signature (the id of one member; items alone in their cluster keep their own index). */
export function lshClusters(signatures: readonly Uint32Array[], opts: LshOptions = DEFAULT_LSH): number[] {
  const uf = new UnionFind(signatures.length);
  for (let band = 0; band < opts.bands; band++) {
    // A band's key is a 32-bit hash of its rows: a rare collision only adds a candidate, which the check drops.
    const buckets = new Map<number, number[]>();
    const from = band * opts.rows;
    for (let i = 0; i < signatures.length; i++) {
      const sig = signatures[i]!;
      if (sig.length < from + opts.rows) continue;
      let key = 0x811c9dc5;
      for (let r = 0; r < opts.rows; r++) key = Math.imul(key ^ sig[from + r]!, 0x01000193);
      const bucket = buckets.get(key);
      if (bucket) bucket.push(i);
      else buckets.set(key, [i]);
    }
    for (const bucket of buckets.values()) {
      if (bucket.length < 2) continue;
      const anchors = bucket.slice(0, ANCHORS_PER_BUCKET);
      for (const item of bucket) {
        for (const anchor of anchors) {
          if (anchor === item || uf.find(anchor) === uf.find(item)) continue;
          if (estimateJaccard(signatures[anchor]!, signatures[item]!) >= opts.threshold) uf.union(anchor, item);
        }
      }
    }
  }
  return signatures.map((_, i) => uf.find(i));
}
