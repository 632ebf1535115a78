import { describe, expect, it } from "vitest";
import { createMinHasher, estimateJaccard } from "./minhash";
import { jaccard, wordShingles } from "./shingles";

const shingle = (s: string) => wordShingles(s.split(" "));

describe("MinHash", () => {
  const hasher = createMinHasher(256);

  it("gives identical texts identical signatures", () => {
    const a = hasher.signature(shingle("your card has been blocked for your safety"));
    expect(estimateJaccard(a, hasher.signature(shingle("your card has been blocked for your safety")))).toBe(1);
  });

  it("estimates Jaccard similarity within a few points", () => {
    const pairs: Array<[string, string]> = [
      ["we have sent a new card to your address it should arrive within five working days", "we have sent a new card to your address it should arrive within ten working days"],
      ["to reset your password open settings and choose security then reset", "to change your pin open the app and choose cards then change pin"],
    ];
    for (const [x, y] of pairs) {
      const exact = jaccard(shingle(x), shingle(y));
      const estimate = estimateJaccard(hasher.signature(shingle(x)), hasher.signature(shingle(y)));
      expect(Math.abs(estimate - exact)).toBeLessThan(0.12);
    }
  });

  it("is deterministic for a seed and differs between seeds", () => {
    const s = shingle("one two three four five");
    expect(createMinHasher(16, 7).signature(s)).toEqual(createMinHasher(16, 7).signature(s));
    expect(createMinHasher(16, 7).signature(s)).not.toEqual(createMinHasher(16, 8).signature(s));
  });
});
