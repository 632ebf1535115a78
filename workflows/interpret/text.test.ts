import { describe, expect, it } from "vitest";
import { containsPhrase, normalizeWords, phraseMatcher } from "./text";

/** The definition phraseMatcher must agree with: normalise the text, look for each normalised phrase. */
const reference = (phrases: string[], text: string) => phrases.some((p) => containsPhrase(normalizeWords(text), p));

const PHRASES = [
  ["cancel", "legal", "lawyer", "chargeback"],
  ["talk to a human", "real person"],
  ["co-op", "e-mail"],
  ["Straße", "café", "naïve"],
  ["!!", "  ", "ok"],
  ["K", "ﬀ", "İstanbul", "2fa"],
];
const TEXTS = [
  "I want to CANCEL my subscription",
  "cancellation fee?",
  "Please cancel!",
  "my lawyer_will call",
  "Talk  to\na HUMAN please",
  "talk to a humane society",
  "the co op and the e--mail",
  "coop",
  "Die STRASSE, die Straße; ein Café",
  "naive and naïve",
  "ok",
  "OK!!",
  "Kelvin \u212A and ﬀ ligature",
  "İSTANBUL office, istanbul",
  "my 2FA code",
  "x2fa",
  "",
];

describe("phraseMatcher", () => {
  it.each(PHRASES)("agrees with normalise-then-search for %s", (...phrases) => {
    const match = phraseMatcher(phrases);
    for (const text of TEXTS) expect(match(text), text).toBe(reference(phrases, text));
  });

  it("agrees on generated texts mixing words, punctuation, case and non-ASCII letters", () => {
    const parts = ["Cancel", "cancel", "legal", "LEGAL", "lawyers", "café", "CAFÉ", "co", "op", "human", "talk", "to", "a", "é", "1", "-", " ", "\n", "!", "_", "ß"];
    const phrases = ["cancel", "co-op", "talk to a human", "café", "é"];
    const match = phraseMatcher(phrases);
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % parts.length;
    let matched = 0;
    for (let i = 0; i < 2000; i++) {
      const text = Array.from({ length: 1 + (i % 9) }, () => parts[next()]).join("");
      const expected = reference(phrases, text);
      expect(match(text), text).toBe(expected);
      if (expected) matched++;
    }
    // Both outcomes were exercised, so the agreement means something.
    expect(matched).toBeGreaterThan(100);
    expect(matched).toBeLessThan(1900);
  });

  it("never matches when no phrase has a letter or digit", () => {
    expect(phraseMatcher(["!!", " "])("!! ")).toBe(false);
  });
});
