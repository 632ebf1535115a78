import { describe, expect, it } from "vitest";
import { leaderClusters, topTerms } from "./leader-clusters";
import { fitTfIdf } from "./tfidf";
import { tokenize } from "./tokenize";

const texts = [
  "my card was stolen",
  "card stolen last night",
  "stolen card, please block",
  "reset my password",
  "password reset link does not work",
  "I need a password reset",
  "what are your opening hours",
];

describe("leaderClusters", () => {
  const words = texts.map((t) => tokenize(t));
  const model = fitTfIdf(words);
  const vectors = words.map((w) => model.vectorize(w));

  it("groups texts about the same thing and separates different ones", () => {
    const { assignment, leaders } = leaderClusters(vectors, 0.3);
    expect(assignment.slice(0, 3)).toEqual([0, 0, 0]);
    expect(assignment.slice(3, 6)).toEqual([1, 1, 1]);
    expect(assignment[6]).toBe(2);
    expect(leaders).toEqual([0, 3, 6]);
  });

  it("makes every text its own cluster when the threshold cannot be met", () => {
    expect(new Set(leaderClusters(vectors, 1.01).assignment).size).toBe(texts.length);
  });

  it("names a cluster by its heaviest words", () => {
    expect(topTerms(vectors.slice(0, 3), 2).sort()).toEqual(["card", "stolen"]);
    expect(topTerms(vectors.slice(3, 6), 2).sort()).toEqual(["password", "reset"]);
  });
});
