import "server-only";
import { compileGuardrailPattern, type GuardrailMatcher, type TGuardrailRule } from "./rule";

export type TGuardrailVerdict = { ok: true } | { ok: false; rule: string; matched: string };

/**
 * Checks a draft against the enabled rules that apply to its category (rules without categories apply to
 * every draft; a draft without a category is checked against those only). The first broken rule, in the
 * order given, is reported with the text that broke it. An invalid pattern throws GuardrailPatternError:
 * a rule that cannot be checked must not pass silently.
 */
export function checkGuardrails(draftText: string, rules: readonly TGuardrailRule[], category: string | null): TGuardrailVerdict {
  if (draftText.trim() === "") return { ok: true };
  for (const rule of rules) {
    if (!rule.enabled || !appliesTo(rule, category)) continue;
    for (const pattern of rule.patterns) {
      const matched = compiled(rule, pattern).find(draftText);
      if (matched !== null) return { ok: false, rule: rule.rule, matched };
    }
  }
  return { ok: true };
}

function appliesTo(rule: TGuardrailRule, category: string | null): boolean {
  return rule.categories.length === 0 || (category !== null && rule.categories.includes(category));
}

const cache = new Map<string, GuardrailMatcher>();
const CACHE_LIMIT = 2048;

function compiled(rule: TGuardrailRule, pattern: string): GuardrailMatcher {
  const key = `${rule.kind}\u0000${pattern}`;
  let re = cache.get(key);
  if (re === undefined) {
    re = compileGuardrailPattern(rule.rule, rule.kind, pattern);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(key, re);
  }
  return re;
}
