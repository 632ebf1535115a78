import "server-only";
import { averageLinkage } from "./average-linkage";
import { distinctiveTerms } from "./cluster-terms";

/** A group of texts that say the same thing. */
export interface TTextCluster {
  /** Indices into the texts, the most typical first (highest average similarity to the rest of the group). */
  members: number[];
  /** Its most distinctive terms, best first (see distinctiveTerms). */
  terms: string[];
}

/**
 * Groups texts by their pairwise similarities (n×n, row-major, upper triangle read) and keeps the groups of at
 * least `minSize`: a topic one or two tickets raise is not yet a pattern. Largest groups first; equal sizes in the
 * order of their first text.
 */
export function clusterTexts(texts: readonly string[], similarity: Float32Array, cutoff: number, minSize: number): TTextCluster[] {
  const n = texts.length;
  return averageLinkage(similarity, n, cutoff)
    .filter((group) => group.length >= minSize)
    .sort((a, b) => b.length - a.length || a[0]! - b[0]!)
    .map((group) => ({ members: byTypicality(group, similarity, n), terms: distinctiveTerms(texts, group) }));
}

function byTypicality(group: readonly number[], similarity: Float32Array, n: number): number[] {
  const mean = new Map<number, number>();
  for (const i of group) {
    let sum = 0;
    for (const j of group) if (j !== i) sum += i < j ? similarity[i * n + j]! : similarity[j * n + i]!;
    mean.set(i, sum / Math.max(1, group.length - 1));
  }
  return [...group].sort((a, b) => mean.get(b)! - mean.get(a)! || a - b);
}
