import "server-only";
/**
 * An agent reply reduced to the words a template would share: placeholders, e-mail addresses, links, numbers and
 * name-like words (capitalised in mid-sentence, e.g. the customer's or agent's name, or right after a greeting)
 * become fixed tokens, so "Hi Ada, your order 123 ships Monday" and "Hi Bob, your order 987 ships Monday" normalise
 * alike. Words are lower-cased with digits collapsed to "#" and apostrophes dropped, as tokenize() does with
 * keepStopwords. One pass over the words, since the audit runs this on every agent reply.
 */
const PLACEHOLDER = /\{\{[^}]*\}\}|\[[^\]]{1,40}\]|<[^>]{1,40}>/g;
const EMAIL = /[\w.+-]+@[\w-]+(\.[\w-]+)+/g;
const URL = /\bhttps?:\/\/\S+|\bwww\.\S+/g;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}']*/gu;
const DIGIT = /\d/;
const CAPITALISED = /^\p{Lu}\p{Ll}/u;
const GREETINGS = new Set(["hi", "hello", "hey", "dear", "morning", "afternoon", "evening"]);
const TITLES = new Set(["mr", "mrs", "ms", "dr"]);

export function normaliseReply(text: string): string[] {
  const masked = text.replace(PLACEHOLDER, " slot ").replace(EMAIL, " email ").replace(URL, " link ");
  const words: string[] = [];
  let lastEnd = 0;
  let previous = "";
  for (const match of masked.matchAll(WORD)) {
    const raw = match[0];
    const startsSentence = words.length === 0 || endsSentence(masked, lastEnd, match.index);
    lastEnd = match.index + raw.length;
    // A capitalised word is a name when it does not start a sentence, or when it follows a greeting or a title
    // ("Hi Ada", "Dear Mr Smith"); "I" and "I'm" are never names.
    const nameLike = isCapitalised(raw) && (!startsSentence || GREETINGS.has(previous) || TITLES.has(previous));
    words.push(nameLike ? "name" : DIGIT.test(raw) ? "#" : raw.includes("'") ? raw.toLowerCase().replace(/'/g, "") : raw.toLowerCase());
    previous = raw.toLowerCase();
  }
  return words;
}

// Character checks instead of regular expressions: this runs once per word of every agent reply.
function endsSentence(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 46 || c === 33 || c === 63 || c === 10) return true; // . ! ? newline
  }
  return false;
}

function isCapitalised(word: string): boolean {
  const first = word.charCodeAt(0);
  const second = word.charCodeAt(1);
  if (first < 128 && second < 128) return first >= 65 && first <= 90 && second >= 97 && second <= 122;
  return CAPITALISED.test(word);
}
