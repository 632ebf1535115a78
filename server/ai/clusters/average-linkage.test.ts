import { describe, expect, it } from "vitest";
import { averageLinkage } from "./average-linkage";

/** A symmetric n×n matrix from the upper-triangle pairs given; unlisted pairs are `rest`, the diagonal 1. */
function matrix(n: number, pairs: Record<string, number>, rest = 0): Float32Array {
  const m = new Float32Array(n * n).fill(rest);
  for (let i = 0; i < n; i++) m[i * n + i] = 1;
  for (const [key, value] of Object.entries(pairs)) {
    const [i, j] = key.split("-").map(Number) as [number, number];
    m[i * n + j] = value;
    m[j * n + i] = value;
  }
  return m;
}

describe("averageLinkage", () => {
  it("groups items alike above the cut-off and leaves the rest alone", () => {
    const sim = matrix(6, { "0-2": 0.9, "0-4": 0.8, "2-4": 0.7, "1-3": 0.85 }, 0.1);
    expect(averageLinkage(sim, 6, 0.5)).toEqual([[0, 2, 4], [1, 3], [5]]);
  });

  it("does not chain two topics together through one text in between, as single linkage would", () => {
    // 0,1 are one topic, 3,4 another; 2 is close to 1 and to 3 but the topics are far apart.
    const sim = matrix(5, { "0-1": 0.9, "3-4": 0.9, "1-2": 0.6, "2-3": 0.6, "0-2": 0.2, "2-4": 0.2 }, 0);
    const groups = averageLinkage(sim, 5, 0.5);
    expect(groups.some((g) => g.includes(0) && g.includes(4))).toBe(false);
  });

  it("merges nothing when no pair reaches the cut-off, and everything at a cut-off of minus one", () => {
    const sim = matrix(4, { "0-1": 0.3 }, 0.2);
    expect(averageLinkage(sim, 4, 0.5)).toEqual([[0], [1], [2], [3]]);
    expect(averageLinkage(sim, 4, -1)).toEqual([[0, 1, 2, 3]]);
  });

  it("gives the same groups whatever order the items come in", () => {
    const sim = matrix(5, { "0-1": 0.9, "0-2": 0.7, "1-2": 0.75, "3-4": 0.8 }, 0.05);
    // Reverse the items: index i becomes 4 - i.
    const reversed = new Float32Array(25);
    for (let i = 0; i < 5; i++) for (let j = 0; j < 5; j++) reversed[(4 - i) * 5 + (4 - j)] = sim[i * 5 + j]!;
    const back = averageLinkage(reversed, 5, 0.5).map((g) => g.map((i) => 4 - i).sort());
    expect(back.sort((a, b) => a[0]! - b[0]!)).toEqual(averageLinkage(sim, 5, 0.5));
  });

  it("refuses a matrix of the wrong size", () => {
    expect(() => averageLinkage(new Float32Array(5), 2, 0.5)).toThrow(/expected 4/);
  });
});
