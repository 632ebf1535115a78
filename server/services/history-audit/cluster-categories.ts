import "server-only";
import { trainCentroidClassifier } from "./text/centroid-classifier";
import { leaderClusters, topTerms } from "./text/leader-clusters";
import { fitTfIdf } from "./text/tfidf";
import { tokenize } from "./text/tokenize";

/**
 * Invents categories for a history with no labels at all: clusters similar ticket texts and names each cluster by
 * its three heaviest words ("card / stolen / block"). Clusters too small to be a category of their own are folded
 * into the nearest big one, so the audit shows a readable number of categories.
 */
// Cosine similarity for a ticket to join a cluster: tickets about the same thing share their few telling words.
export const CLUSTER_SIMILARITY = 0.3;
/** At most this many invented categories: more would not be a summary any more. */
export const MAX_CLUSTER_CATEGORIES = 40;
const NAME_TERMS = 3;

/** A cluster needs 0.5% of the tickets (at least 3) to become a category. */
export function minClusterSize(tickets: number): number {
  return Math.max(3, Math.ceil(tickets * 0.005));
}

export function clusterIntoCategories(texts: readonly string[]): string[] {
  if (texts.length === 0) return [];
  const words = texts.map((t) => tokenize(t));
  const model = fitTfIdf(words);
  const vectors = words.map((w) => model.vectorize(w));
  const { assignment, leaders } = leaderClusters(vectors, CLUSTER_SIMILARITY);

  const members = leaders.map(() => [] as number[]);
  assignment.forEach((cluster, i) => members[cluster]!.push(i));
  const big = members
    .map((m, cluster) => ({ cluster, m }))
    .filter(({ m }) => m.length >= minClusterSize(texts.length))
    .sort((a, b) => b.m.length - a.m.length || a.cluster - b.cluster)
    .slice(0, MAX_CLUSTER_CATEGORIES);
  // Nothing big enough (a handful of unrelated tickets): each cluster stands for itself.
  const kept = big.length > 0 ? big : members.map((m, cluster) => ({ cluster, m }));

  const names = new Map<number, string>();
  for (const { cluster, m } of kept) {
    const terms = topTerms(m.map((i) => vectors[i]!), NAME_TERMS);
    names.set(cluster, terms.length > 0 ? terms.join(" / ") : "other");
  }
  const labels = assignment.map((cluster) => names.get(cluster));
  if (labels.every((l) => l !== undefined)) return labels as string[];

  // Tickets of small clusters go to the named category whose members they resemble most.
  const classifier = trainCentroidClassifier(labels.flatMap((label, i) => (label === undefined ? [] : [{ words: words[i]!, label }])));
  return labels.map((label, i) => label ?? classifier.classify(words[i]!).label);
}
