import "server-only";
/**
 * Text prepared for cue patterns: lower case, curly quotes straightened, apostrophes dropped ("don't" ->
 * "dont"), every other run of non-letters one space. Clauses split at sentence punctuation, commas and "but",
 * so a negation in one clause ("I don't need a refund, but let me talk to a human") never reaches another.
 */
export function cueText(text: string): string {
  return ` ${text
    .toLowerCase()
    .replace(/['’`]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()} `;
}

export function cueClauses(text: string): string[] {
  return text
    .split(/[.!?;,\n]+|\bbut\b/i)
    .map(cueText)
    .filter((c) => c.trim().length > 0);
}
