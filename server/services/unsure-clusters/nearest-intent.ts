import "server-only";
import type { TIntentGuess } from "./unsure-tickets";

/** The existing intent a group of tickets is closest to, by the model's best guess for each ticket. */
export interface TNearestIntent {
  intent: string;
  /** Tickets whose best guess it is, of `of`. */
  tickets: number;
  of: number;
  /** Mean confidence of those tickets' guesses. */
  meanConfidence: number;
  /**
   * Most of the group is guessed as this intent at a fair confidence: likely the intent phrased in a new way (its
   * examples could be labelled with it) rather than a topic the model does not know.
   */
  mostlyThisIntent: boolean;
}

/** "Most" of the group and a "fair" confidence, for mostlyThisIntent. */
export const MOSTLY_SHARE = 0.75;
export const FAIR_CONFIDENCE = 0.4;

/**
 * The intent most of the group's guesses name (ties: the higher mean confidence, then alphabetical). Many tickets on
 * one intent at a fair confidence suggests an existing intent phrased in a new way; guesses spread over several
 * intents at low confidence suggest a topic the model does not know. Null when no ticket has a guess.
 */
export function nearestIntent(guesses: ReadonlyArray<TIntentGuess | null>): TNearestIntent | null {
  const by = new Map<string, number[]>();
  for (const g of guesses) if (g !== null) by.set(g.label, [...(by.get(g.label) ?? []), g.confidence]);
  const ranked = [...by]
    .map(([intent, confidences]) => ({ intent, tickets: confidences.length, meanConfidence: confidences.reduce((s, c) => s + c, 0) / confidences.length }))
    .sort((a, b) => b.tickets - a.tickets || b.meanConfidence - a.meanConfidence || a.intent.localeCompare(b.intent));
  const best = ranked[0];
  if (best === undefined) return null;
  const of = guesses.length;
  return { ...best, of, mostlyThisIntent: best.tickets >= MOSTLY_SHARE * of && best.meanConfidence >= FAIR_CONFIDENCE };
}
