import { describe, expect, it } from "vitest";
import { clusterTexts } from "./cluster-texts";
import { NGRAM_CUTOFF, ngramSimilarity } from "./text-similarity";

const texts = [
  "How do I check the balance on my gift card?",
  "I was charged twice for my subscription",
  "My gift card shows zero balance but I never used it",
  "Where is my parcel? It has not arrived",
  "Can I use two gift cards on one order?",
  "I was charged two times this month for my subscription",
  "Gift card code not accepted at checkout",
  "Do you ship to Iceland?",
  "Subscription charged twice, please refund one",
];

describe("clusterTexts over TF-IDF n-grams", () => {
  const clusters = clusterTexts(texts, ngramSimilarity(texts), NGRAM_CUTOFF, 3);

  it("finds the two topics that several texts raise, largest first, and drops the one-offs", () => {
    expect(clusters.map((c) => [...c.members].sort((a, b) => a - b))).toEqual([
      [0, 2, 4, 6],
      [1, 5, 8],
    ]);
  });

  it("names each topic by its distinctive terms", () => {
    expect(clusters[0]!.terms[0]).toBe("gift card");
    expect(clusters[1]!.terms).toContain("subscription");
  });

  it("keeps nothing when the minimum size is more than any topic has", () => {
    expect(clusterTexts(texts, ngramSimilarity(texts), NGRAM_CUTOFF, 5)).toEqual([]);
  });
});
