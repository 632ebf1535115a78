import type { GuardrailForm } from "./guardrail-form";

/** A phrase longer than this matches only the one answer it came from; a person widens or narrows it before saving. */
const MAX_PHRASE_WORDS = 8;

/** Sentences that commit to something (a number, a time, a promise) are what a guardrail usually has to stop. */
const COMMITS = /\d|\b(always|never|guarantee\w*|promise\w*|within|refund\w*|free|immediately|today|tomorrow|days?|hours?|weeks?)\b/i;

/**
 * The guardrail form prefilled from an answer agents flagged incorrect: the rule says why it was wrong (the agent's
 * reason), the pattern is the sentence of the answer that commits to something, cut to a short phrase.
 */
export function guardrailSuggestion(answer: string, reason: string | null): GuardrailForm {
  const sentences = answer
    .split(/(?<=[.!?])\s+|\n+/)
    .map((s) => s.trim())
    .filter((s) => s !== "");
  const chosen = sentences.find((s) => COMMITS.test(s)) ?? sentences[0] ?? "";
  const words = chosen.replace(/[.!?]+$/, "").split(/\s+/).filter((w) => w !== "");
  const start = Math.max(0, words.findIndex((w) => COMMITS.test(w)) - 3);
  const phrase = words.slice(start, start + MAX_PHRASE_WORDS).join(" ").replace(/[,;:]+$/, "");
  const rule = reason?.trim() ? `Never say this again: ${reason.trim()}` : `Never repeat an answer agents marked wrong: “${phrase}”`;
  return { rule, kind: "phrases", patterns: phrase, categories: "", enabled: true };
}
