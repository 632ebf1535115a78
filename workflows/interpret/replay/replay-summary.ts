import type { FlowPlan } from "../../model/plan";
import { parseIsoMs } from "../iso-time";
import { outcomeOf } from "../outcome";
import type { RunState } from "../types";
import type { ReplayMarks } from "./replay-marks";
import type { HistoricalTicket, OutcomeSummary } from "./types";

export type { ReplayMarks } from "./replay-marks";

/** Shared by every summary with nothing in a list: never mutated (the marks start new lists). */
const NONE: readonly never[] = Object.freeze([]);

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
 * The effects (priority, tags, fields, messages, notes, notifications, SLA results) are what the ticket would
 * have seen: the ticket as the run left it, and what the driver noted as it carried out the run's calls.
 */
export function replaySummary(state: RunState, ticket: HistoricalTicket, createdMs: number, marks: ReplayMarks, plan: FlowPlan): OutcomeSummary {
  const outcome = state.outcome ?? outcomeOf(state, null, null);
  const recorded = ticket.recorded;
  const recordedFirstMs = recorded.firstResponseAt !== null ? parseIsoMs(recorded.firstResponseAt) : null;
  const humansAnswered =
    recordedFirstMs !== null && (outcome.kind !== "automated" || recordedFirstMs <= marks.endMs) ? recordedFirstMs : null;
  const firstMs = earliest(marks.replyMs, humansAnswered);
  const resolvedMs = state.actions.resolved && marks.resolveMs !== null ? marks.resolveMs : recorded.resolvedAt !== null ? parseIsoMs(recorded.resolvedAt) : null;
  const intent = state.facts.intent;
  const view = state.ticket;
  const slaTimers = slaResults(state, plan);
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
    slaBreached: slaTimers !== NONE && slaTimers.some(isBreached),
    priority: view?.priority ?? ticket.snapshot.priority,
    tags: view?.tags ?? ticket.snapshot.tags,
    fields: marks.fields,
    resolved: state.actions.resolved,
    customerMessages: marks.customerMessages ?? NONE,
    internalNotes: marks.internalNotes ?? NONE,
    notifications: marks.notifications ?? NONE,
    slaTimers,
  };
}

/** Each SLA timer's decision (met or breached), named by its node's label; most runs have none, and allocate nothing. */
function slaResults(state: RunState, plan: FlowPlan): NonNullable<OutcomeSummary["slaTimers"]> {
  let results: Array<{ nodeId: string; timer: string; result: "met" | "breached" }> | null = null;
  const trace = state.trace;
  for (let i = 0; i < trace.length; i++) {
    const e = trace[i]!;
    if (e.nodeType !== "sla-timer" || (e.decision !== "met" && e.decision !== "breached")) continue;
    (results ??= []).push({ nodeId: e.nodeId, timer: plan.nodes[e.nodeId]?.label ?? e.nodeId, result: e.decision });
  }
  return results ?? NONE;
}

function isBreached(t: { result: string }): boolean {
  return t.result === "breached";
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
