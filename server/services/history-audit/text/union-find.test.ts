import { describe, expect, it } from "vitest";
import { UnionFind } from "./union-find";

describe("UnionFind", () => {
  it("merges transitively and keeps the rest apart", () => {
    const uf = new UnionFind(6);
    uf.union(0, 1);
    uf.union(2, 1);
    uf.union(4, 5);
    expect(uf.find(0)).toBe(uf.find(2));
    expect(uf.find(4)).toBe(uf.find(5));
    expect(uf.find(0)).not.toBe(uf.find(4));
    expect(uf.find(3)).toBe(3);
  });
});
