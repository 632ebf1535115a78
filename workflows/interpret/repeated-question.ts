import { containsPhrase, normalizeWords } from "./text";

/**
 * Whether a customer's latest message says again what an earlier one said: the "customer repeated the
 * question" rule field and tier-map criterion. Pure word arithmetic, linear in the words of the messages,
 * so a backtest can afford it on every customer reply.
 *
 * Two messages say the same thing when they share at least MIN_SHARED content words and the shared words
 * are at least OVERLAP of the shorter message's content words (the overlap coefficient). The shorter one
 * is the yardstick, not the union (Jaccard), because a repeat is usually shorter or longer than the
 * original: "My card still hasn't arrived" restates "I ordered a new card two weeks ago and it hasn't
 * arrived, where is it?" while sharing only a few of its words. Half of the shorter message's content words
 * leaves room for the words people add when repeating ("still", "yet", "please") and for rewording one
 * or two words; two shared words at least, so "thanks, ok" after "ok thanks" is not a repeated question.
 */
const OVERLAP = 0.5;
const MIN_SHARED = 2;

/** Words that say the customer is repeating themselves, whatever else the message says (matched as whole words). */
export const REPEAT_CUES = [
  "again",
  "already said",
  "already told",
  "already asked",
  "already explained",
  "already mentioned",
  "as i said",
  "like i said",
  "as i mentioned",
  "i said before",
  "one more time",
  "for the second time",
  "for the third time",
  "repeat myself",
  "same question",
  "didn t answer",
  "did not answer",
  "not what i asked",
] as const;

/**
 * Function words and pleasantries: they say nothing about what is asked, and would make any two messages
 * look alike. "not" and "no" are kept: "it works" and "it does not work" are different messages.
 */
const STOP_WORDS = new Set(
  (
    "a an the and or but if then so of to in on at by for with from about into over after before up down out off " +
    "i me my mine we us our you your he him his she her it its they them their this that these those there here " +
    "is am are was were be been being do does did doing have has had having will would can could should shall may might must " +
    "what which who whom when where why how just also too very really please thanks thank hi hello hey dear ok okay yes " +
    "s t d ll m re ve don didn doesn isn wasn aren weren haven hasn won can cannot couldn wouldn shouldn " +
    "still yet any some all get got again already said told asked"
  ).split(" "),
);

/** The distinct content words of a message, lower-cased and without punctuation. */
export function contentWords(text: string): Set<string> {
  const words = new Set<string>();
  for (const w of normalizeWords(text).split(" ")) if (w.length > 0 && !STOP_WORDS.has(w)) words.add(w);
  return words;
}

/** True when two messages' content words overlap enough to say the same thing (see OVERLAP and MIN_SHARED). */
export function saysTheSame(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size < MIN_SHARED) return false;
  let shared = 0;
  for (const w of small) if (large.has(w)) shared++;
  return shared >= MIN_SHARED && shared >= OVERLAP * small.size;
}

/** The cue the message uses to say it repeats itself, or null. */
export function repeatCue(text: string): string | null {
  const normalized = normalizeWords(text);
  for (const cue of REPEAT_CUES) if (containsPhrase(normalized, cue)) return cue;
  return null;
}

/**
 * Whether `latest` repeats any of `earlier` (the customer's earlier messages, oldest first), by a cue
 * or by its words. Only a reply can repeat: with no earlier message there is nothing to repeat.
 */
export function repeatsEarlier(latest: string, earlier: readonly string[]): boolean {
  if (earlier.length === 0) return false;
  if (repeatCue(latest) !== null) return true;
  const words = contentWords(latest);
  return earlier.some((m) => saysTheSame(words, contentWords(m)));
}
