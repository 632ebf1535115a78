/**
 * Word matching for rules. Text is lower-cased and every run of non-letters/digits becomes one space,
 * padded at both ends, so "contains cancel" matches "Cancel!" but not "cancellation", like the
 * helpdesks' "contains at least one of these words". Normalised forms are cached because a backtest
 * tests the same ticket text against many rules.
 */
const cache = new Map<string, string>();
const CACHE_LIMIT = 4096;

export function normalizeWords(text: string): string {
  const hit = cache.get(text);
  if (hit !== undefined) return hit;
  const normalized = ` ${text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim()} `;
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(text, normalized);
  return normalized;
}

/** True when the phrase occurs as whole words in the text. */
export function containsPhrase(normalizedText: string, phrase: string): boolean {
  const p = normalizeWords(phrase);
  return p.length > 2 && normalizedText.includes(p);
}

const regexCache = new Map<string, RegExp>();

/** Patterns are case-insensitive, as support ops expect; compiled once per pattern. */
export function regexFor(pattern: string): RegExp {
  let re = regexCache.get(pattern);
  if (re === undefined) {
    re = new RegExp(pattern, "iu");
    if (regexCache.size >= CACHE_LIMIT) regexCache.clear();
    regexCache.set(pattern, re);
  }
  return re;
}
