import { expect, it } from "vitest";
import { regexProblem } from "./regex-problem";

it("accepts a usable pattern", () => {
  expect(regexProblem("refund(s)? within \\d+ days")).toBeUndefined();
  expect(regexProblem("(?<order>#\\d{4,8})|\\bcaf\\u00e9\\b|\\p{L}+\\s\\S")).toBeUndefined();
});

it("says what is wrong with an unusable one in plain words, without the engine's code syntax", () => {
  expect(regexProblem("[abc")).toBe("a [ is never closed; to match a bracket itself, write \\[");
  expect(regexProblem("(abc")).toMatch(/^a \( is never closed/);
  expect(regexProblem("abc)")).toMatch(/^a \) has no \(/);
  expect(regexProblem("*a")).toMatch(/^a \*, \+ or \? has nothing before it/);
  expect(regexProblem("a{2,1}")).toBe("a repeat count {min,max} has its larger number first");
  expect(regexProblem("[z-a]")).toMatch(/^a range such as \[z-a\] runs backwards/);
  expect(regexProblem("\\p{Letter}")).toMatch(/names no Unicode property/);
  for (const bad of ["[abc", "(abc", "abc)", "a\\", "a{2,1}", "[z-a]", "\\q", "(?x)", "a{1001}", "(?:a{0,1000}){0,1000}"]) {
    expect(regexProblem(bad)).toEqual(expect.any(String));
    expect(regexProblem(bad)).not.toMatch(/error parsing regexp|missing closing|`/);
  }
});

it("says that look-around and back-references are not supported, and why", () => {
  for (const p of ["refund(?= now)", "(?!free)trial", "(?<=\\$)\\d+", "(?<!not )happy"]) {
    expect(regexProblem(p)).toBe(
      "look-around such as (?=…), (?!…), (?<=…) or (?<!…) is not supported: patterns run in a linear-time engine so a customer's text can never stall a flow",
    );
  }
  expect(regexProblem("(a)\\1")).toMatch(/^back-references such as \\1 or \\k<name> are not supported: patterns run in a linear-time engine/);
  expect(regexProblem("(?<w>a)\\k<w>")).toMatch(/^back-references/);
  expect(regexProblem("a++")).toMatch(/possessive repeats are not supported/);
});
