/** What became of an AI draft offered in the agent's composer. */
export const DRAFT_OUTCOMES = ["sent", "edited", "rewritten", "discarded"] as const;
export type TDraftOutcome = (typeof DRAFT_OUTCOMES)[number];

/** The outcomes in the agent's words. */
export const DRAFT_OUTCOME_WORDS: Record<TDraftOutcome, string> = {
  sent: "sent as drafted",
  edited: "edited",
  rewritten: "rewritten",
  discarded: "discarded",
};

/**
 * Past this share of words changed, less of the draft survives than the agent wrote: the reply is the agent's own,
 * and the draft at most gave the shape of it.
 */
export const REWRITTEN_ABOVE = 0.5;

/** The words of a text, whitespace and line breaks aside: re-wrapping a paragraph is not an edit. */
function words(text: string): string[] {
  return text.split(/\s+/).filter((w) => w !== "");
}

/**
 * Levenshtein distance over words: the fewest words inserted, deleted or replaced to turn one text into the other.
 * Two rows of the usual table are enough for the number.
 */
export function wordEditDistance(a: readonly string[], b: readonly string[]): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const replace = prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      row.push(Math.min(replace, prev[j]! + 1, row[j - 1]! + 1));
    }
    prev = row;
  }
  return prev[b.length]!;
}

export interface DraftEdit {
  outcome: Exclude<TDraftOutcome, "discarded">;
  wordEdits: number;
  /** wordEdits over the longer text's word count, from 0 (as drafted) to 1 (no word kept in place). */
  editRatio: number;
}

/**
 * How far the sent reply moved from the draft. Counted in words, not characters: agents edit by words and phrases,
 * and a character count would call fixing one long product name a bigger edit than swapping a short "not" in or out,
 * which changes the meaning. Normalised by the longer text, so the ratio stays within 0..1 whether the agent cut the
 * draft down or added to it.
 */
export function draftEdit(draft: string, sent: string): DraftEdit {
  const a = words(draft);
  const b = words(sent);
  const wordEdits = wordEditDistance(a, b);
  const longer = Math.max(a.length, b.length);
  const editRatio = longer === 0 ? 0 : wordEdits / longer;
  const outcome = wordEdits === 0 ? "sent" : editRatio > REWRITTEN_ABOVE ? "rewritten" : "edited";
  return { outcome, wordEdits, editRatio };
}
