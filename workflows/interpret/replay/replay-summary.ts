import { parseIsoMs } from "../iso-time";
import { outcomeOf } from "../outcome";
import type { RunState } from "../types";
import type { HistoricalTicket, OutcomeSummary } from "./types";

/** Virtual times the driver noted while it carried out the run's commands. */
export interface ReplayMarks {
  /** When the flow first said something to the customer: a sent AI reply or a resolve with a closing message. */
  replyMs: number | null;
  /** When the flow resolved the ticket. */
  resolveMs: number | null;
  /** The virtual time the replay stopped at (the run's completion, or its last event). */
  endMs: number;
}

/**
 * What a replayed run did, as an outcome. The modelling choices behind the predicted times:
 * - First response: the earlier of the flow's own first message to the customer (an autonomous AI reply,
 *   or a resolve with a closing message) and the recorded human first response, which counts when the
 *   flow handed the ticket to humans (routed, escalated, no action: they answer as they did) or when it
 *   happened while the run was still going. A ticket the flow automated silently has no first response.
 * - Resolution: when the flow resolved the ticket, that virtual time; otherwise humans resolved it when
 *   they did in the history.
 * - SLA breached: an sla-timer node decided "breached" (on its timer, or on arrival past the deadline).
 * A run that stopped while still waiting is summarised by the same rule as a completed one (`outcomeOf`).
 */
export function replaySummary(state: RunState, ticket: HistoricalTicket, createdMs: number, marks: ReplayMarks): OutcomeSummary {
  const outcome = state.outcome ?? outcomeOf(state, null, null);
  const recorded = ticket.recorded;
  const recordedFirstMs = recorded.firstResponseAt !== null ? parseIsoMs(recorded.firstResponseAt) : null;
  const humansAnswered =
    recordedFirstMs !== null && (outcome.kind !== "automated" || recordedFirstMs <= marks.endMs) ? recordedFirstMs : null;
  const firstMs = earliest(marks.replyMs, humansAnswered);
  const resolvedMs = state.actions.resolved && marks.resolveMs !== null ? marks.resolveMs : recorded.resolvedAt !== null ? parseIsoMs(recorded.resolvedAt) : null;
  const intent = state.facts.intent;
  return {
    kind: outcome.kind,
    queue: outcome.queue,
    tier: outcome.tier,
    escalationReason: outcome.escalationReason,
    aiReply: outcome.aiReply,
    intent: intent?.label ?? null,
    intentConfidence: intent?.confidence ?? null,
    firstResponseSec: secondsSince(createdMs, firstMs),
    resolutionSec: secondsSince(createdMs, resolvedMs),
    slaBreached: slaBreached(state),
  };
}

function slaBreached(state: RunState): boolean {
  for (const e of state.trace) if (e.nodeType === "sla-timer" && e.decision === "breached") return true;
  return false;
}

function earliest(a: number | null, b: number | null): number | null {
  if (a === null) return b;
  if (b === null) return a;
  return Math.min(a, b);
}

/** Seconds from creation; a recorded time before creation (clock skew in an export) counts as 0. */
export function secondsSince(createdMs: number, ms: number | null): number | null {
  if (ms === null || Number.isNaN(ms)) return null;
  return Math.max(0, (ms - createdMs) / 1000);
}
