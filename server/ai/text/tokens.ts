import "server-only";
/**
 * Tokens for retrieval: lower-cased words without apostrophes, English stop words dropped, and a light
 * suffix-stripping stemmer so "charged", "charges" and "charging" meet at one term. The stemmer is
 * deliberately crude (no dictionary): it only has to map a query's and an article's forms of a word to the
 * same key, and over-stemming a few words costs far less than missing "refunds" vs "refund".
 */
const STOP_WORDS = new Set(
  (
    "a about above after again against all am an and any are as at be because been before being below between both but by " +
    "can could did do does doing down during each few for from further had has have having he her here hers herself him " +
    "himself his how i if in into is it its itself just me more most my myself no nor not of off on once only or other our " +
    "ours ourselves out over own same she should so some such than that the their theirs them themselves then there these " +
    "they this those through to too under until up very was we were what when where which while who whom why will with " +
    "would you your yours yourself yourselves im ive id ill youre youve dont doesnt didnt cant cannot wont isnt arent wasnt " +
    "hi hello hey dear please thanks thank regards cheers also get got us let lets need want would like know one"
  ).split(" "),
);

/** Words split on anything that is not a letter or digit; apostrophes vanish so "don't" is one word. */
export function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/['’`]/g, "")
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
}

export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word);
}

/** The retrieval terms of a text: stemmed words without stop words or single characters. */
export function terms(text: string): string[] {
  return words(text)
    .filter((w) => w.length > 1 && !STOP_WORDS.has(w))
    .map(stem);
}

const VOWEL = /[aeiouy]/;

/** Strips common inflections and a trailing "e", keeping at least three letters and a vowel in the stem. */
export function stem(word: string): string {
  if (word.length <= 3 || /\d/.test(word)) return word;
  let w = word;
  if (w.endsWith("ies") && w.length > 4) w = `${w.slice(0, -3)}i`;
  else if (w.endsWith("sses")) w = w.slice(0, -2);
  else if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) w = w.slice(0, -1);
  for (const suffix of ["ingly", "edly", "ing", "ed", "ly"]) {
    if (w.endsWith(suffix) && keepsStem(w.slice(0, -suffix.length))) {
      w = undouble(w.slice(0, -suffix.length));
      break;
    }
  }
  if (w.endsWith("e") && w.length > 3) w = w.slice(0, -1);
  // British "cancelled" / "cancelling" meet "cancel"; short words ("call", "small") keep their "ll".
  if (w.length > 5 && w.endsWith("ll")) w = w.slice(0, -1);
  if (w.endsWith("y") && w.length > 3 && !VOWEL.test(w.charAt(w.length - 2))) w = `${w.slice(0, -1)}i`;
  return w;
}

function keepsStem(rest: string): boolean {
  return rest.length >= 3 && VOWEL.test(rest);
}

/** "stopped" -> "stopp" -> "stop"; "called" keeps its "ll" (l, s and z double in the base form). */
function undouble(w: string): string {
  const last = w.charAt(w.length - 1);
  return w.length > 3 && last === w.charAt(w.length - 2) && !"lsz".includes(last) ? w.slice(0, -1) : w;
}
