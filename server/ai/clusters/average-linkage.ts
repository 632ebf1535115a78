import "server-only";

/**
 * Groups items by average-linkage agglomerative clustering over their pairwise similarities: every item starts
 * alone, the two groups whose members are most alike on average merge, and merging stops when no two groups are
 * alike above `cutoff`.
 *
 * Why this algorithm: it is deterministic and does not depend on the order tickets arrived in (a leader /
 * threshold pass does: the first ticket of a topic decides which later ones join it); average linkage asks every
 * pair in a group to be alike on average, so two topics are not chained together through a few in-between texts
 * as single linkage would; and the cut-off is a similarity a person can read, where k-means would need the
 * number of topics in advance. It costs n² memory and about n³ steps, which is why callers cap n.
 *
 * `similarity` is row-major n×n (only the upper triangle is read). Ties go to the lowest indices, so equal input
 * gives equal groups. Returns each group's item indices, ascending, the groups ordered by their first item.
 */
export function averageLinkage(similarity: Float32Array, n: number, cutoff: number): number[][] {
  if (similarity.length !== n * n) throw new Error(`averageLinkage: expected ${n * n} similarities, got ${similarity.length}`);
  // The working matrix holds the average similarity between groups, each group known by its lowest member.
  const sim = Float64Array.from(similarity);
  const size = new Int32Array(n).fill(1);
  const alive = new Uint8Array(n).fill(1);
  const members: number[][] = Array.from({ length: n }, (_, i) => [i]);
  for (;;) {
    let best = -Infinity;
    let a = -1;
    let b = -1;
    for (let i = 0; i < n; i++) {
      if (!alive[i]) continue;
      for (let j = i + 1; j < n; j++) {
        if (alive[j] && sim[i * n + j]! > best) {
          best = sim[i * n + j]!;
          a = i;
          b = j;
        }
      }
    }
    if (a < 0 || best < cutoff) break;
    // Lance–Williams update for average linkage: the merged group's average to k is the size-weighted mean.
    const sa = size[a]!;
    const sb = size[b]!;
    for (let k = 0; k < n; k++) {
      if (!alive[k] || k === a || k === b) continue;
      const merged = (sa * pairAt(sim, n, a, k) + sb * pairAt(sim, n, b, k)) / (sa + sb);
      sim[Math.min(a, k) * n + Math.max(a, k)] = merged;
    }
    size[a] = sa + sb;
    alive[b] = 0;
    members[a] = [...members[a]!, ...members[b]!].sort((x, y) => x - y);
  }
  const groups: number[][] = [];
  for (let i = 0; i < n; i++) if (alive[i]) groups.push(members[i]!);
  return groups;
}

function pairAt(sim: Float64Array, n: number, i: number, j: number): number {
  return i < j ? sim[i * n + j]! : sim[j * n + i]!;
}
