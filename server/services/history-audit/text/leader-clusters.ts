import "server-only";
import { dot, type SparseVector } from "./tfidf";

/**
 * Single-pass leader clustering of unit TF-IDF vectors: each text joins the most similar existing leader when the
 * cosine reaches `threshold`, otherwise it leads a new cluster. An inverted index from word to leaders means a text
 * is compared only with leaders it shares a word with, so tens of thousands of short tickets cluster in seconds.
 * Used to invent categories when a history has no labels at all.
 */
export interface LeaderClustering {
  /** Cluster index per input vector. */
  assignment: number[];
  /** Input index of each cluster's leader. */
  leaders: number[];
}

export function leaderClusters(vectors: readonly SparseVector[], threshold: number): LeaderClustering {
  const assignment: number[] = [];
  const leaders: number[] = [];
  const index = new Map<string, number[]>();
  for (let i = 0; i < vectors.length; i++) {
    const v = vectors[i]!;
    const tried = new Set<number>();
    let best = -1;
    let bestScore = threshold;
    for (const word of v.keys()) {
      for (const cluster of index.get(word) ?? []) {
        if (tried.has(cluster)) continue;
        tried.add(cluster);
        const score = dot(v, vectors[leaders[cluster]!]!);
        if (score >= bestScore) {
          best = cluster;
          bestScore = score;
        }
      }
    }
    if (best === -1) {
      best = leaders.length;
      leaders.push(i);
      for (const word of v.keys()) {
        const list = index.get(word);
        if (list) list.push(best);
        else index.set(word, [best]);
      }
    }
    assignment.push(best);
  }
  return { assignment, leaders };
}

/** The `n` heaviest words of a set of vectors (summed weights), heaviest first, ties alphabetical: a cluster's name. */
export function topTerms(vectors: readonly SparseVector[], n: number): string[] {
  const sums = new Map<string, number>();
  for (const v of vectors) for (const [w, x] of v) sums.set(w, (sums.get(w) ?? 0) + x);
  return [...sums]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, n)
    .map(([w]) => w);
}
