import type { OutcomeSummary } from "../types";

/**
 * Whether a ticket's outcome differs between two sides: what happened to it (kind), where it went, its
 * tier, why it was escalated and what the AI reply step did. Times and intent are metrics, not outcomes.
 *
 * Against the history (`baselineIsHistory`) only what the helpdesk recorded can differ: the kind and the
 * queue, and the tier when one was recorded. It records no escalation reasons and no AI replies, so
 * comparing those would mark every escalation and every AI step as a change.
 */
export function outcomeChanged(baseline: OutcomeSummary, candidate: OutcomeSummary, options: { baselineIsHistory?: boolean } = {}): boolean {
  if (baseline.kind !== candidate.kind || baseline.queue !== candidate.queue) return true;
  if (options.baselineIsHistory === true) return baseline.tier !== null && baseline.tier !== candidate.tier;
  return baseline.tier !== candidate.tier || baseline.escalationReason !== candidate.escalationReason || baseline.aiReply !== candidate.aiReply;
}
