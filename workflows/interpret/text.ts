import { compileUserRegex, type UserRegex } from "./user-regex";

/**
 * Word matching for rules. Text is lower-cased and every run of non-letters/digits becomes one space,
 * padded at both ends, so "contains cancel" matches "Cancel!" but not "cancellation", like the
 * helpdesks' "contains at least one of these words". Normalised forms are cached because a backtest
 * tests the same ticket text against many rules.
 */
const cache = new Map<string, string>();
const CACHE_LIMIT = 4096;
const NON_ASCII = /[^\x00-\x7f]/;

export function normalizeWords(text: string): string {
  const hit = cache.get(text);
  if (hit !== undefined) return hit;
  const lower = text.toLowerCase();
  // ASCII text (most tickets) takes a much cheaper pattern that means the same there: a-z and 0-9 are
  // ASCII's only letters and digits.
  const words = NON_ASCII.test(lower) ? lower.replace(/[^\p{L}\p{N}]+/gu, " ") : lower.replace(/[^a-z0-9]+/g, " ");
  const normalized = ` ${words.trim()} `;
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(text, normalized);
  return normalized;
}

/** True when the phrase occurs as whole words in the text. */
export function containsPhrase(normalizedText: string, phrase: string): boolean {
  const p = normalizeWords(phrase);
  return p.length > 2 && normalizedText.includes(p);
}

const regexCache = new Map<string, UserRegex>();
const NEVER: UserRegex = { test: () => false, find: () => null };

/**
 * A rule's pattern on the linear-time engine, case-insensitive as support ops expect; compiled once per pattern.
 * The compiler refuses a pattern the engine cannot read, so one only reaches here in a plan published before the
 * engine changed: it matches nothing rather than fail the ticket's run on every step.
 */
export function regexFor(pattern: string): UserRegex {
  let re = regexCache.get(pattern);
  if (re === undefined) {
    try {
      re = compileUserRegex(pattern);
    } catch {
      re = NEVER;
    }
    if (regexCache.size >= CACHE_LIMIT) regexCache.clear();
    regexCache.set(pattern, re);
  }
  return re;
}

/**
 * A matcher equivalent to `phrases.some((p) => containsPhrase(normalizeWords(text), p))`, compiled once
 * per rule: one regular expression over the raw text, with no normalised copy of it. A phrase's words
 * must be whole runs of letters/digits in the text, separated by anything else. ASCII text (a-z and
 * 0-9 are its only letters and digits) is matched case-insensitively as is; other text is lower-cased
 * first, exactly as `normalizeWords` does, and matched with Unicode classes.
 */
export function phraseMatcher(phrases: readonly string[]): (text: string) => boolean {
  const words = phrases.map((p) => normalizeWords(p).trim()).filter((p) => p.length > 0).map((p) => p.split(" "));
  if (words.length === 0) return () => false;
  // Letters and digits are never regex syntax, so the words need no escaping.
  const unicode = new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.map((w) => w.join("[^\\p{L}\\p{N}]+")).join("|")})(?![\\p{L}\\p{N}])`, "u");
  // A phrase with a non-ASCII letter can never occur in ASCII text.
  const asciiWords = words.filter((w) => !w.some((word) => NON_ASCII.test(word)));
  // `c(?<![a-z0-9]c)` is `(?<![a-z0-9])c` with the look-behind moved after the first letter: the engine then
  // only looks behind where a phrase's first letter is, instead of at every position (a few times faster).
  const ascii =
    asciiWords.length === 0
      ? null
      : new RegExp(`(?:${asciiWords.map((w) => `${w[0]![0]}(?<![a-z0-9]${w[0]![0]})${w.join("[^a-z0-9]+").slice(1)}`).join("|")})(?![a-z0-9])`, "i");
  return (text) => (isAscii(text) ? ascii !== null && ascii.test(text) : unicode.test(text.toLowerCase()));
}

/**
 * Whether text is plain ASCII, remembered for the last few texts: a condition tests the same subject,
 * body and conversation against several keyword lists in a row, and a string compared with itself costs nothing.
 */
const recentTexts: string[] = ["", "", "", ""];
const recentAscii: boolean[] = [true, true, true, true];
let nextSlot = 0;
function isAscii(text: string): boolean {
  for (let i = 0; i < recentTexts.length; i++) if (recentTexts[i] === text) return recentAscii[i]!;
  const ascii = !NON_ASCII.test(text);
  recentTexts[nextSlot] = text;
  recentAscii[nextSlot] = ascii;
  nextSlot = (nextSlot + 1) % recentTexts.length;
  return ascii;
}
