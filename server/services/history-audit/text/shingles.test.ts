import { describe, expect, it } from "vitest";
import { jaccard, wordShingles } from "./shingles";

const words = (s: string) => s.split(" ");

describe("wordShingles", () => {
  it("hashes each distinct run of k words once", () => {
    expect(wordShingles(words("a b c d"), 3)).toHaveLength(2);
    expect(wordShingles(words("a b c a b c"), 3)).toHaveLength(3); // abc, bca, cab
  });

  it("gives short texts one shingle and empty texts none", () => {
    expect(wordShingles(words("hello there"), 3)).toHaveLength(1);
    expect(wordShingles([], 3)).toHaveLength(0);
  });

  it("measures shared wording with Jaccard", () => {
    const a = wordShingles(words("your refund was sent today and will arrive soon"));
    const b = wordShingles(words("your refund was sent today and will arrive tomorrow"));
    const c = wordShingles(words("we could not verify your identity please retry"));
    expect(jaccard(a, a)).toBe(1);
    expect(jaccard(a, b)).toBeCloseTo(6 / 8, 5); // 7 shingles each, 6 shared
    expect(jaccard(a, c)).toBe(0);
  });
});
