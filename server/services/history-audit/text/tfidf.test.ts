import { describe, expect, it } from "vitest";
import { dot, fitTfIdf } from "./tfidf";

const docs = [["card", "lost"], ["card", "stolen"], ["refund", "late"], ["card", "refund"]];

describe("TF-IDF", () => {
  const model = fitTfIdf(docs);

  it("weighs rare words above common ones", () => {
    expect(model.idf.get("lost")!).toBeGreaterThan(model.idf.get("card")!);
    expect(model.idf.get("card")).toBeCloseTo(Math.log(5 / 4) + 1, 10);
  });

  it("builds unit vectors whose dot product is the cosine", () => {
    const v = model.vectorize(["card", "lost", "lost"]);
    expect(dot(v, v)).toBeCloseTo(1, 10);
    expect(dot(v, model.vectorize(["card", "lost"]))).toBeGreaterThan(dot(v, model.vectorize(["card", "stolen"])));
    expect(dot(v, model.vectorize(["refund", "late"]))).toBe(0);
  });

  it("ignores words it was not trained on", () => {
    expect(model.vectorize(["unknown"]).size).toBe(0);
    expect([...model.vectorize(["card", "unknown"]).keys()]).toEqual(["card"]);
  });
});
