import { expect, it } from "vitest";
import { engineReason, regexProblem } from "./regex-problem";

it("accepts a usable pattern", () => {
  expect(regexProblem("refund(s)? within \\d+ days")).toBeUndefined();
});

it("says what is wrong with an unusable one in plain words, without the engine's code syntax", () => {
  expect(regexProblem("[abc")).toBe("a [ is never closed; to match a bracket itself, write \\[");
  expect(regexProblem("(abc")).toMatch(/^a \( is never closed/);
  expect(regexProblem("*a")).toMatch(/^a \*, \+ or \? has nothing before it/);
  for (const bad of ["[abc", "(abc", "abc)", "{", "a\\", "a{2,1}", "[z-a]", "\\q", "(?x)"]) {
    expect(regexProblem(bad)).not.toMatch(/\/iu|Unterminated|Invalid regular expression/);
  }
});

it("keeps the whole reason when the engine does not prefix it with the pattern", () => {
  expect(engineReason("Invalid regular expression: /[a/iu: Unterminated character class")).toBe(
    "Unterminated character class",
  );
  expect(engineReason("unterminated character class")).toBe("unterminated character class");
  expect(engineReason("")).toBe("");
});
