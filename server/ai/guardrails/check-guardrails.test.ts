import { describe, expect, it } from "vitest";
import { checkGuardrails } from "./check-guardrails";
import { GuardrailPatternError, guardrailPatternProblems, type TGuardrailRule } from "./rule";

const rule = (over: Partial<TGuardrailRule>): TGuardrailRule => ({ id: "g", rule: "Rule", kind: "phrases", patterns: [], categories: [], enabled: true, ...over });
const refund = rule({ id: "g1", rule: "Never promise a refund timeline", patterns: ["refund within", "will be refunded by"] });

describe("checkGuardrails", () => {
  it("matches phrases as whole words, case-insensitive, across punctuation and spacing", () => {
    expect(checkGuardrails("You will get your REFUND  within 3 days.", [refund], null)).toEqual({ ok: false, rule: "Never promise a refund timeline", matched: "REFUND  within" });
    expect(checkGuardrails("It will be refunded by Friday", [refund], null)).toMatchObject({ ok: false, matched: "will be refunded by" });
    expect(checkGuardrails("Refunds within the EU are free", [refund], null)).toEqual({ ok: true });
    expect(checkGuardrails("refund-within", [refund], null)).toMatchObject({ ok: false });
  });

  it("treats apostrophes in a phrase as optional", () => {
    const r = rule({ rule: "No", patterns: ["we'll refund"] });
    expect(checkGuardrails("Well refund you", [r], null)).toMatchObject({ ok: false });
    expect(checkGuardrails("We’ll refund you", [r], null)).toMatchObject({ ok: false });
  });

  it("matches regex rules case-insensitively and reports the matched text", () => {
    const r = rule({ rule: "No timelines", kind: "regex", patterns: ["\\bwithin \\d+ (?:working )?days\\b"] });
    expect(checkGuardrails("Refunds arrive WITHIN 5 working days.", [r], null)).toEqual({ ok: false, rule: "No timelines", matched: "WITHIN 5 working days" });
    expect(checkGuardrails("Refunds arrive soon.", [r], null)).toEqual({ ok: true });
  });

  it("applies category-limited rules only to drafts of those categories", () => {
    const r = rule({ rule: "Fraud", patterns: ["guarantee"], categories: ["fraud"] });
    expect(checkGuardrails("We guarantee it", [r], "fraud")).toMatchObject({ ok: false });
    expect(checkGuardrails("We guarantee it", [r], "billing")).toEqual({ ok: true });
    expect(checkGuardrails("We guarantee it", [r], null)).toEqual({ ok: true });
  });

  it("skips disabled rules and reports the first broken rule in order", () => {
    const off = { ...refund, enabled: false };
    expect(checkGuardrails("refund within a day", [off], null)).toEqual({ ok: true });
    const second = rule({ rule: "Second", patterns: ["refund"] });
    expect(checkGuardrails("refund within a day", [second, refund], null)).toMatchObject({ rule: "Second" });
  });

  it("throws a clear error for an invalid regex", () => {
    const bad = rule({ rule: "Broken", kind: "regex", patterns: ["(unclosed"] });
    expect(() => checkGuardrails("any draft", [bad], null)).toThrow(GuardrailPatternError);
    expect(() => checkGuardrails("any draft", [bad], null)).toThrow('Guardrail "Broken": the pattern “(unclosed” is not a valid regular expression: a ( is never closed');
  });

  it("lists every problem of a rule's patterns for the editor", () => {
    expect(guardrailPatternProblems({ rule: "R", kind: "regex", patterns: ["ok", "(", "[z-a]"] })).toHaveLength(2);
    expect(guardrailPatternProblems({ rule: "R", kind: "phrases", patterns: [] })).toEqual(['Guardrail "R" has no patterns, so it can never block a draft']);
    expect(guardrailPatternProblems({ rule: "R", kind: "phrases", patterns: ["refund within", "  "] })).toEqual([expect.stringContaining("is empty")]);
  });

  it("runs a nested-repeat pattern on a long draft to its answer", { timeout: 20_000 }, () => {
    const nested = rule({ rule: "Nested", kind: "regex", patterns: ["(a+)+$"] });
    expect(checkGuardrails(`${"a".repeat(100_000)}!`, [nested], null)).toEqual({ ok: true });
    expect(checkGuardrails("a".repeat(100_000), [nested], null)).toMatchObject({ ok: false, rule: "Nested" });
  });

  it("refuses look-around on save with a sentence saying why", () => {
    expect(guardrailPatternProblems({ rule: "Ahead", kind: "regex", patterns: ["refund(?= within)"] })).toEqual([
      'Guardrail "Ahead": the pattern “refund(?= within)” is not a valid regular expression: look-around such as (?=…), (?!…), (?<=…) or (?<!…) is not supported: patterns run in a linear-time engine so a customer\'s text can never stall a flow.',
    ]);
  });

  it("passes an empty draft", () => {
    expect(checkGuardrails("", [rule({ kind: "regex", patterns: [".*"] })], null)).toEqual({ ok: true });
  });
});
