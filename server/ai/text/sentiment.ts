import "server-only";
import winkSentiment from "wink-sentiment";
import type { ActivityResult } from "../../../workflows/interpret/activities";
import { frustrationCues } from "./frustration";
import { asksForHuman } from "./human-request";

/**
 * Sentiment of a customer message: the AFINN-165 lexicon (wink-sentiment, with its negation and emoji
 * handling) normalised to -1..1, pulled down by support-specific frustration cues the lexicon does not
 * know ("still waiting", "third time", threats to leave). Bump the version when a cue or weight changes,
 * because cached results and backtests are keyed by it.
 */
export const SENTIMENT_MODEL_VERSION = "afinn165-wink5+support-cues-v1";

/** |score| at or above this is positive / negative; AFINN's mildest words score 1 of 5 (0.2). */
const LABEL_THRESHOLD = 0.25;
const STRONG_CUE_WEIGHT = 0.25;
const WEAK_CUE_WEIGHT = 0.1;

export function detectSentiment(text: string): ActivityResult<"detectSentiment"> {
  const lexicon = clamp(winkSentiment(text).normalizedScore / 5);
  const cues = frustrationCues(text);
  const penalty = Math.min(0.6, cues.strong.length * STRONG_CUE_WEIGHT) + Math.min(0.2, cues.weak.length * WEAK_CUE_WEIGHT);
  const score = clamp(lexicon - penalty);
  const frustrated = cues.strong.length > 0 || cues.weak.length >= 2 || (cues.weak.length === 1 && lexicon <= -LABEL_THRESHOLD);
  // A frustrated customer is never "positive" or "neutral", whatever polite words they used.
  const label = frustrated || score <= -LABEL_THRESHOLD ? "negative" : score >= LABEL_THRESHOLD ? "positive" : "neutral";
  return { label, score: round(frustrated ? Math.min(score, -LABEL_THRESHOLD) : score), frustrated, asksForHuman: asksForHuman(text) };
}

function clamp(n: number): number {
  return Math.max(-1, Math.min(1, n));
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
