import { describe, expect, it } from "vitest";
import { denseCosine, sparseCosine } from "./similarity";

describe("denseCosine", () => {
  it("is the cosine of each pair of rows, whatever their length", () => {
    const sim = denseCosine(Float32Array.from([1, 0, 3, 4, 0, 2]), 3, 2);
    expect(sim[0]).toBeCloseTo(1);
    expect(sim[1]).toBeCloseTo(0.6);
    expect(sim[2]).toBeCloseTo(0);
    expect(sim[1 * 3 + 2]).toBeCloseTo(0.8);
  });
});

describe("sparseCosine", () => {
  it("matches the dense cosine of the same rows", () => {
    // Rows: [1,0,2,0], [0,3,0,4], [2,0,0,1]
    const rows = { offsets: Int32Array.from([0, 2, 4, 6]), indices: Int32Array.from([0, 2, 1, 3, 0, 3]), values: Float32Array.from([1, 2, 3, 4, 2, 1]) };
    const dense = denseCosine(Float32Array.from([1, 0, 2, 0, 0, 3, 0, 4, 2, 0, 0, 1]), 3, 4);
    const sparse = sparseCosine(rows, 4);
    for (let i = 0; i < 3; i++) for (let j = i; j < 3; j++) expect(sparse[i * 3 + j]).toBeCloseTo(dense[i * 3 + j]!);
    expect(sparse[0 * 3 + 2]).toBeCloseTo(2 / (Math.sqrt(5) * Math.sqrt(5)));
  });
});
