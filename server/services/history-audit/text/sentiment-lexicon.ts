import "server-only";
import { tokenize } from "./tokenize";

/**
 * A deliberately tiny sentiment lexicon for the audit's "negative share" when the helpdesk exported no sentiment.
 * It counts frustrated and pleased words and phrases; a negation right before a word flips it ("not happy"). Words
 * that only name a topic ("cancel", "refund", "pending") are not sentiment and are left out on purpose. Flows score
 * sentiment with the AI provider (server/ai); the audit keeps this list so it needs no model.
 */
const NEGATIVE_WORDS = new Set(
  ("angry annoyed annoying awful bad broken complaint complain disappointed disappointing disgusted frustrated " +
    "frustrating furious horrible terrible ridiculous unacceptable useless worst hate hated scam unfair unhappy upset " +
    "outraged rude incompetent waste wasted nightmare disgrace pathetic appalling shocking").split(" "),
);
const NEGATIVE_PHRASES = ["fed up", "never again", "still waiting", "sick of", "had enough", "waste of time"];
const POSITIVE_WORDS = new Set("great thanks thank amazing excellent good love happy helpful perfect awesome appreciate appreciated glad wonderful".split(" "));
const NEGATIONS = new Set(["not", "no", "never", "dont", "isnt", "wasnt", "cant", "wont", "didnt"]);

export type LexiconSentiment = "negative" | "neutral" | "positive";

export function lexiconSentiment(text: string): { label: LexiconSentiment; score: number } {
  const words = tokenize(text, { keepStopwords: true });
  const joined = ` ${words.join(" ")} `;
  let score = -NEGATIVE_PHRASES.filter((p) => joined.includes(` ${p} `)).length;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const polarity = NEGATIVE_WORDS.has(w) ? -1 : POSITIVE_WORDS.has(w) ? 1 : 0;
    if (polarity === 0) continue;
    const negated = i > 0 && NEGATIONS.has(words[i - 1]!);
    score += negated ? -polarity : polarity;
  }
  const label: LexiconSentiment = score < 0 ? "negative" : score > 0 ? "positive" : "neutral";
  return { label, score };
}
