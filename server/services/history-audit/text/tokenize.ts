import "server-only";
/**
 * Words of a ticket or reply, lower-cased, for TF-IDF and shingling. Numbers collapse to "#" so "order 1234" and
 * "order 9876" look alike (topic mode then drops "#" with the other one-letter tokens); apostrophes are dropped so
 * "can't" and "cant" match.
 */
const WORD = /[\p{L}\p{N}][\p{L}\p{N}']*/gu;

// Function words that say nothing about what a ticket is about. Kept short on purpose: negations ("not",
// "no") stay, since "card not working" and "card working" differ.
export const STOPWORDS: ReadonlySet<string> = new Set(
  ("a an the and or but if then so of to in on at by for with from as is are was were be been being am do does did " +
    "i me my mine we us our you your yours he she it its they them their this that these those there here " +
    "have has had will would can could should shall may might must just also please hi hello hey thanks thank " +
    "what which who whom when where why how all any some each about into over than too very s t ll ve re d m").split(" "),
);

export interface TokenizeOptions {
  /** Keep function words (shingling near-identical replies needs them; topic models do not). */
  keepStopwords?: boolean;
}

export function tokenize(text: string, opts: TokenizeOptions = {}): string[] {
  const out: string[] = [];
  for (const match of text.toLowerCase().matchAll(WORD)) {
    const raw = match[0].replace(/'/g, "");
    const word = /\d/.test(raw) ? "#" : raw;
    if (opts.keepStopwords) {
      out.push(word);
      continue;
    }
    if (word.length < 2 || STOPWORDS.has(word)) continue;
    out.push(word);
  }
  return out;
}
