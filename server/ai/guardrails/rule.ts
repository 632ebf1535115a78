import "server-only";
import { z } from "zod";
import { regexProblem } from "../../../workflows/compile/regex-problem";
import { compileUserRegex } from "../../../workflows/interpret/user-regex";

/**
 * A negative guardrail as the checker sees it (the Guardrail table's columns). "phrases": any pattern as
 * whole words, case-insensitive; "regex": any pattern as a case-insensitive regular expression.
 */
export const GUARDRAIL_KINDS = ["phrases", "regex"] as const;
export const ZGuardrailKindSchema = z.enum(GUARDRAIL_KINDS);

export const ZGuardrailRuleSchema = z.object({
  id: z.string(),
  rule: z.string().min(1),
  kind: ZGuardrailKindSchema,
  patterns: z.array(z.string()),
  /** Drafts for these categories (intents) only; every draft when empty. */
  categories: z.array(z.string()),
  enabled: z.boolean(),
});
export type TGuardrailRule = z.infer<typeof ZGuardrailRuleSchema>;
export type TGuardrailKind = z.infer<typeof ZGuardrailKindSchema>;

/** Long patterns are refused: they are a sign of a pasted paragraph, and they make regex costs unpredictable. */
export const MAX_PATTERN_LENGTH = 300;

export class GuardrailPatternError extends Error {
  override readonly name = "GuardrailPatternError";
  constructor(
    readonly rule: string,
    readonly pattern: string,
    reason: string,
  ) {
    super(`Guardrail "${rule}": the pattern “${pattern}” ${reason}.`);
  }
}

/** A compiled pattern: the first text in a draft it matches, or null. */
export interface GuardrailMatcher {
  find(text: string): string | null;
}

/**
 * A checked pattern, or why it cannot be used; for the guardrail editor to reject bad input on save. A "regex"
 * pattern is the user's own and runs on the linear-time engine the flow rules use, so no pattern can stall a
 * draft check; a "phrases" pattern becomes the studio's own expression (escaped words and separators, no nested
 * repeats), which stays on JavaScript's engine for its look-behind.
 */
export function compileGuardrailPattern(rule: string, kind: TGuardrailKind, pattern: string): GuardrailMatcher {
  if (pattern.trim() === "") throw new GuardrailPatternError(rule, pattern, "is empty; write a word, phrase or expression");
  if (pattern.length > MAX_PATTERN_LENGTH) throw new GuardrailPatternError(rule, pattern, `is longer than ${MAX_PATTERN_LENGTH} characters; shorten it or split it into several patterns`);
  switch (kind) {
    case "phrases": {
      const re = phraseRegex(rule, pattern);
      return { find: (text) => re.exec(text)?.[0] ?? null };
    }
    case "regex": {
      const problem = regexProblem(pattern);
      if (problem !== undefined) throw new GuardrailPatternError(rule, pattern, `is not a valid regular expression: ${problem}`);
      return compileUserRegex(pattern);
    }
    default: {
      const never: never = kind;
      throw new GuardrailPatternError(rule, pattern, `has a kind the studio does not know (${String(never)})`);
    }
  }
}

/** Every problem with a rule's patterns, as sentences (empty when all are usable). */
export function guardrailPatternProblems(rule: Pick<TGuardrailRule, "rule" | "kind" | "patterns">): string[] {
  if (rule.patterns.length === 0) return [`Guardrail "${rule.rule}" has no patterns, so it can never block a draft`];
  return rule.patterns.flatMap((p) => {
    try {
      compileGuardrailPattern(rule.rule, rule.kind, p);
      return [];
    } catch (err) {
      return [err instanceof Error ? err.message : String(err)];
    }
  });
}

/**
 * A phrase as whole words: "refund within" matches "Refund within 3 days" and "refund  within", not
 * "refundwithin"; apostrophes are optional ("won't" = "wont"), any run of spaces or punctuation between
 * words matches any other.
 */
function phraseRegex(rule: string, phrase: string): RegExp {
  const parts = phrase
    .toLowerCase()
    .replace(/['’`]/g, "")
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0)
    .map((w) => [...w].map((ch) => ch.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("['’`]?"));
  if (parts.length === 0) throw new GuardrailPatternError(rule, phrase, "has no words");
  return new RegExp(`(?<![\\p{L}\\p{N}])${parts.join("[^\\p{L}\\p{N}]+")}(?![\\p{L}\\p{N}])`, "iu");
}
