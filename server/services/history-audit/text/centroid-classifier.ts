import "server-only";
import { addInto, dot, fitTfIdf, normalise, type SparseVector } from "./tfidf";

/**
 * Nearest-centroid text classifier over TF-IDF vectors (a Rocchio classifier): each label's centroid is the mean
 * of its examples' vectors, and a text gets the label whose centroid is most similar. Small, fast to train on
 * tens of thousands of tickets, and good enough to fill in missing categories for an audit.
 */
export interface LabelledText {
  words: readonly string[];
  label: string;
}

export interface Prediction {
  label: string;
  /** Cosine similarity to the winning centroid, 0..1; 0 means the text shares no known word with any label. */
  score: number;
}

export interface CentroidClassifier {
  labels: readonly string[];
  classify(words: readonly string[]): Prediction;
}

export function trainCentroidClassifier(examples: readonly LabelledText[]): CentroidClassifier {
  if (examples.length === 0) throw new Error("A classifier needs at least one labelled example");
  const model = fitTfIdf(examples.map((e) => e.words));
  const sums = new Map<string, SparseVector>();
  const counts = new Map<string, number>();
  for (const e of examples) {
    const acc = sums.get(e.label) ?? new Map<string, number>();
    addInto(acc, model.vectorize(e.words));
    sums.set(e.label, acc);
    counts.set(e.label, (counts.get(e.label) ?? 0) + 1);
  }
  const centroids = [...sums].map(([label, sum]) => ({ label, vector: normalise(sum), count: counts.get(label)! }));
  // Ties (e.g. a text with no known words) go to the most common label: the best guess without evidence.
  centroids.sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
  return {
    labels: centroids.map((c) => c.label),
    classify(words) {
      const v = model.vectorize(words);
      let best = centroids[0]!;
      let bestScore = -1;
      for (const c of centroids) {
        const score = dot(v, c.vector);
        if (score > bestScore) {
          best = c;
          bestScore = score;
        }
      }
      return { label: best.label, score: Math.max(0, bestScore) };
    },
  };
}
