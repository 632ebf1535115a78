import "server-only";
import type { ActivityResult } from "../../../workflows/interpret/activities";
import type { KbPassage } from "../provider";
import { splitSentences, type TSentence } from "../text/sentences";
import { terms } from "../text/tokens";

/**
 * A reply composed from the best retrieved section: a greeting, the part of the section that answers the
 * question, a pointer to the article and a closing. Never the whole article: a numbered procedure is kept
 * whole (cutting steps breaks it), prose is cut to the section's lead sentence plus the sentences that share
 * the most words with the question.
 */

/** Below this retrieval score the best section is more likely unrelated than an answer: no draft at all. */
export const MIN_DRAFT_SCORE = 0.5;
const MAX_PROSE_SENTENCES = 3;
const MAX_LIST_ITEMS = 8;

export const DRAFT_GREETING = "Hi, thanks for getting in touch.";
export const DRAFT_CLOSING = "If this does not solve it, just reply to this message and one of our team will take it from there.";

export interface TComposeDraftInput {
  text: string;
  passages: KbPassage[];
  /** The classifier's probability for the ticket's intent, when the flow classified it first. */
  intentConfidence?: number | null;
  model: string;
}

export function composeDraft(input: TComposeDraftInput): ActivityResult<"draftReply"> {
  const best = input.passages[0];
  if (best === undefined || best.score < MIN_DRAFT_SCORE) return { text: "", confidence: 0, citations: [], blockedBy: null, model: input.model };
  const answer = answerSentences(best.text, input.text);
  if (answer.length === 0) return { text: "", confidence: 0, citations: [], blockedBy: null, model: input.model };
  const body = answer.map((s) => s.text).join(answer.some((s) => s.kind === "item") ? "\n" : " ");
  const where = best.section ? `"${best.title}" (${best.section})` : `"${best.title}"`;
  return {
    text: [DRAFT_GREETING, body, `More in our help article ${where}.`, DRAFT_CLOSING].join("\n\n"),
    confidence: draftConfidence(best.score, input.intentConfidence),
    citations: [{ articleId: best.articleId, title: best.title }],
    blockedBy: null,
    model: input.model,
  };
}

/**
 * The retrieval score is the draft's confidence; a known intent probability joins as a geometric mean, so
 * either being low pulls the draft below a flow's threshold (0.9 and 0.4 give 0.6, not 0.65).
 */
export function draftConfidence(retrievalScore: number, intentConfidence?: number | null): number {
  const r = clamp01(retrievalScore);
  const c = intentConfidence === undefined || intentConfidence === null ? r : Math.sqrt(r * clamp01(intentConfidence));
  return Math.round(c * 1000) / 1000;
}

function answerSentences(sectionText: string, question: string): TSentence[] {
  const sentences = splitSentences(sectionText);
  const items = sentences.filter((s) => s.kind === "item");
  if (items.length >= 2) {
    const lead = sentences.slice(0, sentences.indexOf(items[0]!)).slice(-1);
    const trailing = sentences.slice(sentences.indexOf(items[items.length - 1]!) + 1, sentences.indexOf(items[items.length - 1]!) + 2);
    return [...lead, ...items.slice(0, MAX_LIST_ITEMS), ...trailing.filter((s) => s.kind === "line")];
  }
  const wanted = new Set(terms(question));
  const ranked = sentences
    .map((s, i) => ({ i, overlap: new Set(terms(s.text).filter((t) => wanted.has(t))).size }))
    .filter((r) => r.i === 0 || r.overlap > 0)
    .sort((a, b) => (a.i === 0 ? -1 : b.i === 0 ? 1 : b.overlap - a.overlap || a.i - b.i))
    .slice(0, MAX_PROSE_SENTENCES)
    .map((r) => r.i)
    .sort((a, b) => a - b);
  return ranked.map((i) => sentences[i]!);
}

function clamp01(n: number): number {
  return Math.max(0, Math.min(1, n));
}
