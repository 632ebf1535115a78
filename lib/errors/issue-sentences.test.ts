import { describe, expect, it } from "vitest";
import { z } from "zod";
import { fieldErrorsOf, issueSentence, issuesSentence } from "./issue-sentences";

function issuesOf(schema: z.ZodType, input: unknown) {
  const parsed = schema.safeParse(input);
  if (parsed.success) throw new Error("expected the input to be refused");
  return parsed.error.issues;
}

describe("validation issues as sentences", () => {
  it("says the allowed range in the field's own name, with grouped digits", () => {
    const [issue] = issuesOf(z.object({ sampleSize: z.number().int().min(1).max(200_000) }), { sampleSize: 999_999_999 });
    expect(issueSentence(issue!)).toBe("Sample size must be at most 200,000.");
    const [small] = issuesOf(z.object({ sampleSize: z.number().int().min(1) }), { sampleSize: -5 });
    expect(issueSentence(small!)).toBe("Sample size must be at least 1.");
  });

  it("words text length, whole numbers, missing fields, choices and lists", () => {
    const schema = z.object({
      rule: z.string().max(10),
      sampleSize: z.number().int(),
      name: z.string(),
      kind: z.enum(["phrases", "regex"]),
      patterns: z.array(z.string().min(1)).min(1),
      email: z.email(),
    });
    const sentences = issuesOf(schema, { rule: "x".repeat(11), sampleSize: 1.5, kind: "other", patterns: [""], email: "nope" }).map(issueSentence);
    expect(sentences).toEqual([
      "The rule can be at most 10 characters.",
      "Sample size must be a whole number.",
      "The name is required.",
      "Kind must be one of “phrases” or “regex”.",
      "Pattern 1 cannot be empty.",
      "The email address must be an email address, like name@example.com.",
    ]);
  });

  it("keeps a message the schema wrote itself, as a sentence", () => {
    const [issue] = issuesOf(z.object({ text: z.string().min(1, "Paste a draft to check") }), { text: "" });
    expect(issueSentence(issue!)).toBe("Paste a draft to check.");
  });

  it("never shows zod's JSON or codes", () => {
    const issues = issuesOf(z.object({ a: z.number().max(3), b: z.string() }), { a: 9, b: 1 });
    const text = issuesSentence(issues);
    expect(text).toBe("A must be at most 3. B must be text.");
    expect(text).not.toMatch(/too_big|invalid_type|[[{]/);
  });

  it("gives one sentence per dotted path for the form to place", () => {
    const schema = z.object({ selection: z.object({ sampleSize: z.number().max(10) }), text: z.string().max(2) });
    expect(fieldErrorsOf(issuesOf(schema, { selection: { sampleSize: 11 }, text: "abc" }))).toEqual({
      "selection.sampleSize": "Sample size must be at most 10.",
      text: "The text can be at most 2 characters.",
    });
  });
});
