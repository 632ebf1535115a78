import "server-only";
import { isStopWord } from "../text/tokens";
import { normalizeText, stem, words } from "../intent/tokenize";

/**
 * A group's most distinctive terms, best first: words and phrases of two or three words that many of its texts use and few of the
 * other texts do. Score = share of the group's texts holding the term × smoothed IDF over all the texts, so a term
 * every unsure ticket shares ("account", "help") says little, and a term one text repeats counts once. A phrase
 * ("gift card balance", "gift card") is preferred over its parts when it scores at least as well, and a term that shares a word with one
 * already chosen is skipped, so the name is not "gift card · gift · card". Words are compared stemmed ("gift cards"
 * counts as "gift card") and shown as the group writes them most often. Ties go alphabetically.
 */
export function distinctiveTerms(texts: readonly string[], group: readonly number[], limit = 3): string[] {
  const termSets = texts.map(termsOf);
  const df = new Map<string, number>();
  for (const terms of termSets) for (const t of terms.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  const inGroup = new Map<string, number>();
  const written = new Map<string, Map<string, number>>();
  for (const i of group) {
    for (const [t, surface] of termSets[i]!) {
      inGroup.set(t, (inGroup.get(t) ?? 0) + 1);
      const forms = written.get(t) ?? new Map<string, number>();
      forms.set(surface, (forms.get(surface) ?? 0) + 1);
      written.set(t, forms);
    }
  }
  // A term of one text alone names that text, not the group.
  const least = Math.min(2, group.length);
  const n = texts.length;
  const ranked = [...inGroup]
    .filter(([, count]) => count >= least)
    .map(([term, count]) => ({ term, score: (count / group.length) * (Math.log((1 + n) / (1 + df.get(term)!)) + 1) * (1 + 1e-4 * wordsIn(term)) }))
    .sort((a, b) => b.score - a.score || a.term.localeCompare(b.term));
  const chosen: string[] = [];
  const used = new Set<string>();
  for (const { term } of ranked) {
    const parts = term.split(" ");
    if (parts.some((p) => used.has(p))) continue;
    chosen.push(mostWritten(written.get(term)!));
    for (const p of parts) used.add(p);
    if (chosen.length === limit) break;
  }
  return chosen;
}

function wordsIn(term: string): number {
  return term.split(" ").length;
}

function mostWritten(forms: Map<string, number>): string {
  return [...forms].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0];
}

/**
 * A text's content words (no stop words, nothing with a digit, at least three letters) and its runs of two and three
 * adjacent ones, each keyed by its stemmed form and mapped to how this text writes it.
 */
function termsOf(text: string): Map<string, string> {
  const tokens = words(normalizeText(text));
  const out = new Map<string, string>();
  let run: Array<{ key: string; surface: string }> = [];
  for (const token of tokens) {
    // A token with a digit is an amount, a date or an identifier (order "a1b2c3"), not a topic.
    const content = token.length >= 3 && !/[0-9]/.test(token) && !isStopWord(token);
    if (!content) {
      run = [];
      continue;
    }
    run = [...run.slice(-2), { key: stem(token), surface: token }];
    for (let start = 0; start < run.length; start++) {
      const phrase = run.slice(start);
      const key = phrase.map((w) => w.key).join(" ");
      if (!out.has(key)) out.set(key, phrase.map((w) => w.surface).join(" "));
    }
  }
  return out;
}
