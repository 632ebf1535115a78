import { describe, expect, it } from "vitest";
import { regexFor } from "./text";
import { compileUserRegex, toRe2Syntax } from "./user-regex";

describe("user patterns on the linear-time engine", () => {
  // On a backtracking engine each of these takes longer than the universe's age on this text; the per-test
  // timeout turns a regression into a failure instead of a hung run.
  const long = `${"a".repeat(100_000)}!`;
  it("answers (a+)+$ on 100,000 characters", { timeout: 20_000 }, () => {
    expect(compileUserRegex("(a+)+$").test(long)).toBe(false);
    expect(compileUserRegex("(a+)+$").test("a".repeat(100_000))).toBe(true);
  });

  it("answers ^(\\w+\\s?)*$ on 100,000 characters", { timeout: 20_000 }, () => {
    expect(regexFor("^(\\w+\\s?)*$").test(long)).toBe(false);
    expect(regexFor("^(\\w+\\s?)*$").test("word ".repeat(20_000))).toBe(true);
  });

  it("matches case-insensitively, Unicode letters included", () => {
    expect(regexFor("refund|chargeback").test("I want a REFUND")).toBe(true);
    expect(regexFor("café").test("Le CAFÉ est froid")).toBe(true);
    expect(regexFor("привет").test("ПРИВЕТ мир")).toBe(true);
    expect(regexFor("^\\p{L}+$").test("Ελληνικά")).toBe(true);
    expect(regexFor("^.$").test("😀")).toBe(true);
    expect(regexFor("\\bcancel\\b").test("cancellation")).toBe(false);
    expect(regexFor("order #\\d{4,8}").test("about order #12345")).toBe(true);
  });

  it("keeps JavaScript's \\s, \\S and \\u spellings", () => {
    expect(regexFor("refund\\s+policy").test("refund\u00a0policy")).toBe(true);
    expect(regexFor("^\\S+$").test("a\u00a0b")).toBe(false);
    expect(regexFor("[\\S]").test("\u3000")).toBe(false);
    expect(regexFor("caf\\u00e9").test("café")).toBe(true);
    expect(regexFor("\\u{1F600}|\\uD83D\\uDE03").test("hi 😃")).toBe(true);
    expect(toRe2Syntax("\\\\u0041 [\\]s] \\Q\\s\\E")).toBe("\\\\u0041 [\\]s] \\Q\\s\\E");
  });

  it("finds the first occurrence, and a pattern the engine cannot read matches nothing at run time", () => {
    expect(compileUserRegex("guarantee(d|s)?").find("We Guaranteed it")).toBe("Guaranteed");
    expect(compileUserRegex("x").find("abc")).toBeNull();
    expect(regexFor("(?<=a)b").test("ab")).toBe(false);
  });
});
