import "server-only";
/**
 * Text normalisation shared by training and prediction. Lower-cased, accents folded, digit runs collapsed to one
 * "0" (amounts and dates vary, their presence matters), apostrophes dropped so "can't" and "cant" meet.
 */
export function normalizeText(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['’`]/g, "")
    .replace(/[0-9]+/g, "0");
}

/** Words: runs of letters and digits; everything else separates. */
export function words(normalized: string): string[] {
  return normalized.match(/[a-z0-9\u00c0-\uffff]+/g) ?? [];
}

/**
 * A light suffix stripper (not a full Porter stemmer): enough to merge "refunds/refunded/refunding" in the word
 * features, while the character n-grams still see the full surface form.
 */
export function stem(word: string): string {
  if (word.length <= 4) return word;
  for (const suffix of ["ing", "ed", "es", "s", "ly"]) {
    if (word.endsWith(suffix) && word.length - suffix.length >= 3) {
      const base = word.slice(0, -suffix.length);
      return suffix === "s" && base.endsWith("s") ? word : base;
    }
  }
  return word;
}
