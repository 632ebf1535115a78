import {
  CORRECT_FEEDBACK_VERDICTS,
  CORRECT_SHADOW_VERDICTS,
  combinedAccuracy,
  handlingOf,
  isDeflection,
  isProvisional,
  isSatisfied,
  outcomeEvidence,
  type THandling,
  type TicketFacts,
} from "./definitions";
import { durationIndex } from "./duration-histogram";

/** The rollup's count columns (MetricRollup), each a sum over tickets. */
export const COUNT_KEYS = [
  "tickets", "resolved", "automated", "automatedPending", "deflected", "aiAssisted", "human", "cameBack", "unresolved",
  "escalated", "slaBreached", "reopened", "repeatContact", "agentSecondsSaved",
  "feedbackCounted", "feedbackCorrect", "shadowCounted", "shadowCorrect", "outcomeCounted", "outcomeCorrect",
  "combinedCounted", "combinedCorrect",
  "csatAutomatedCount", "csatAutomatedSum", "csatAutomatedHappy", "csatAssistedCount", "csatAssistedSum",
  "csatAssistedHappy", "csatHumanCount", "csatHumanSum", "csatHumanHappy",
] as const;
export type TCountKey = (typeof COUNT_KEYS)[number];

/** The rollup's duration histograms (MetricRollup int[] columns). Automated tickets have no agent time to measure. */
export const HIST_KEYS = [
  "frtAutomated", "frtAssisted", "frtHuman", "resolutionAutomated", "resolutionAssisted", "resolutionHuman",
  "handleAssisted", "handleHuman",
] as const;
export type THistKey = (typeof HIST_KEYS)[number];

/** One ticket's part of its cell: counts it adds, and the histogram index it adds one to, per duration. */
export interface TRollupContribution {
  counts: Partial<Record<TCountKey, number>>;
  hist: Partial<Record<THistKey, number>>;
}

/** Everything the refresher reads about a ticket, beyond the handling facts. Durations in (business) seconds. */
export interface TicketMetricInput extends TicketFacts {
  escalated: boolean;
  slaBreached: boolean;
  csat: number | null;
  firstResponseSec: number | null;
  resolutionSec: number | null;
  handleSec: number | null;
  /** Latest agent verdict on an AI reply, latest shadow verdict; null when none. */
  feedbackVerdict: string | null;
  shadowVerdict: string | null;
  /** Agent time an automated ticket saved: the category's median handle time, measured by the caller. */
  savedSecondsIfAutomated: number;
}

export interface TicketMetricResult {
  handling: THandling;
  deflected: boolean;
  contribution: TRollupContribution;
}

/** The one place a ticket becomes counts: every rollup cell is a sum of these. */
export function ticketContribution(t: TicketMetricInput, nowMs: number, windowDays: number): TicketMetricResult {
  const handling = handlingOf(t);
  const deflected = isDeflection(t, handling);
  const c: TRollupContribution["counts"] = { tickets: 1 };
  const add = (k: TCountKey, n = 1) => {
    if (n !== 0) c[k] = (c[k] ?? 0) + n;
  };
  if (t.resolvedAtMs !== null) add("resolved");
  add(HANDLING_COUNT[handling]);
  if (isProvisional(t, handling, nowMs, windowDays)) add("automatedPending");
  if (deflected) add("deflected");
  if (t.escalated) add("escalated");
  if (t.slaBreached) add("slaBreached");
  if (t.reopened) add("reopened");
  if (t.repeatContact) add("repeatContact");
  if (handling === "automated") add("agentSecondsSaved", Math.round(t.savedSecondsIfAutomated));
  const evidence = {
    feedback: t.feedbackVerdict === null ? null : CORRECT_FEEDBACK_VERDICTS.has(t.feedbackVerdict),
    shadow: t.shadowVerdict === null ? null : CORRECT_SHADOW_VERDICTS.has(t.shadowVerdict),
    outcome: outcomeEvidence(t, nowMs, windowDays),
  };
  const count = (prefix: "feedback" | "shadow" | "outcome" | "combined", v: boolean | null) => {
    if (v === null) return;
    add(`${prefix}Counted`);
    if (v) add(`${prefix}Correct`);
  };
  count("feedback", evidence.feedback);
  count("shadow", evidence.shadow);
  count("outcome", evidence.outcome);
  count("combined", combinedAccuracy(evidence));
  const side = SIDE[handling];
  if (t.csat !== null && side !== null) {
    add(`csat${side}Count`);
    add(`csat${side}Sum`, t.csat);
    if (isSatisfied(t.csat)) add(`csat${side}Happy`);
  }
  const hist: TRollupContribution["hist"] = {};
  if (side !== null) {
    if (t.firstResponseSec !== null) hist[`frt${side}`] = durationIndex(t.firstResponseSec);
    if (t.resolutionSec !== null) hist[`resolution${side}`] = durationIndex(t.resolutionSec);
    if (side !== "Automated" && t.handleSec !== null) hist[`handle${side}`] = durationIndex(t.handleSec);
  }
  return { handling, deflected, contribution: { counts: c, hist } };
}

const HANDLING_COUNT: Record<THandling, TCountKey> = {
  automated: "automated",
  "came-back": "cameBack",
  "ai-assisted": "aiAssisted",
  human: "human",
  unresolved: "unresolved",
};

/** Which side of "automated vs AI-assisted vs human" a handling's durations and ratings count on. */
const SIDE: Record<THandling, "Automated" | "Assisted" | "Human" | null> = {
  automated: "Automated",
  // An automated resolution that came back still counts as automated for its ratings and times: leaving it out
  // would flatter the automated side with only the answers that worked.
  "came-back": "Automated",
  "ai-assisted": "Assisted",
  human: "Human",
  unresolved: null,
};
