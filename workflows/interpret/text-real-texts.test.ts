import { describe, expect, it } from "vitest";
import { ROUTING_RULES } from "../../bench/parts/routing-rules";
import { sampleTexts } from "../../bench/parts/sample-texts";
import { containsPhrase, normalizeWords, phraseMatcher } from "./text";

/** The definition: normalise the text, look for each normalised phrase. */
const reference = (phrases: string[], text: string) => phrases.some((p) => containsPhrase(normalizeWords(text), p));

/** phraseMatcher as it was before its ASCII expression looked behind after the first letter. */
function before(phrases: readonly string[]): (text: string) => boolean {
  const nonAscii = /[^\x00-\x7f]/;
  const words = phrases.map((p) => normalizeWords(p).trim()).filter((p) => p.length > 0).map((p) => p.split(" "));
  if (words.length === 0) return () => false;
  const unicode = new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.map((w) => w.join("[^\\p{L}\\p{N}]+")).join("|")})(?![\\p{L}\\p{N}])`, "u");
  const asciiWords = words.filter((w) => !w.some((word) => nonAscii.test(word)));
  const ascii = asciiWords.length === 0 ? null : new RegExp(`(?<![a-z0-9])(?:${asciiWords.map((w) => w.join("[^a-z0-9]+")).join("|")})(?![a-z0-9])`, "i");
  return (text) => (!nonAscii.test(text) ? ascii !== null && ascii.test(text) : unicode.test(text.toLowerCase()));
}

const LISTS: string[][] = [
  ...ROUTING_RULES.flatMap((r) => r.all.flatMap((l) => ("values" in l && Array.isArray(l.values) ? [l.values as string[]] : []))),
  ["close my account", "cancel my account", "lawyer", "legal action", "complaint", "chargeback"],
  ["card", "Card!", "CARD-arrival", "top-up", "e-mail", "2fa", "x", "a", "i"],
  ["café", "Straße", "İstanbul", "naïve", "ﬀ"],
];

/** Real texts (Banking77), and the same texts shouted, squashed, punctuated and with non-ASCII letters. */
function texts(): string[] {
  const real = sampleTexts(3000);
  const out: string[] = [];
  real.forEach((t, i) => {
    out.push(t, t.toUpperCase(), t.replace(/ /g, i % 2 === 0 ? "-" : "_"), `${t} café ${i % 3 === 0 ? "Straße" : "naïve"}`, `«${t}»`);
    if (i % 4 === 0) out.push(`${t.slice(0, 20)}\n${t.slice(20)}!!`, t.replace(/[aeiou]/g, (v) => (i % 8 === 0 ? v.toUpperCase() : "é")));
  });
  return out;
}

describe("phraseMatcher on real texts", () => {
  it("agrees with the matcher as it was and with normalise-then-search, text by text", { timeout: 60_000 }, () => {
    const all = texts();
    let matched = 0;
    let checks = 0;
    const disagreements: string[] = [];
    for (const phrases of LISTS) {
      const match = phraseMatcher(phrases);
      const old = before(phrases);
      // Several lists over the same texts in turn, as a condition does, and each text twice (the remembered-text path).
      for (const text of all) {
        const expected = reference(phrases, text);
        if (old(text) !== expected || match(text) !== expected || match(text) !== expected) disagreements.push(`${phrases.join("|")} :: ${text}`);
        checks++;
        if (expected) matched++;
      }
    }
    expect(disagreements.slice(0, 5)).toEqual([]);
    expect(checks).toBeGreaterThan(10_000);
    // Both outcomes were exercised many times, so the agreement means something.
    expect(matched).toBeGreaterThan(1000);
    expect(checks - matched).toBeGreaterThan(1000);
  });
});
