import { describe, expect, it } from "vitest";
import { jsonNestsDeeperThan } from "./json-depth";

describe("jsonNestsDeeperThan", () => {
  it("counts objects and arrays together", () => {
    expect(jsonNestsDeeperThan('{"a":[{"b":[1]}]}', 4)).toBe(false);
    expect(jsonNestsDeeperThan('{"a":[{"b":[1]}]}', 3)).toBe(true);
  });

  it("ignores brackets inside strings, escaped quotes included", () => {
    expect(jsonNestsDeeperThan('{"a":"[[[[{{{{\\"[[[["}', 1)).toBe(false);
  });

  it("finds a deep nesting at once, however long the text", () => {
    expect(jsonNestsDeeperThan("[".repeat(100_000) + "]".repeat(100_000), 100)).toBe(true);
    expect(jsonNestsDeeperThan(`[${"1,".repeat(100_000)}1]`, 1)).toBe(false);
  });
});
