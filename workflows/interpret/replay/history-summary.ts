import { historyAgentReplied } from "../../metrics/definitions";
import { parseIsoMs } from "../iso-time";
import type { HistoricalTicket, OutcomeSummary } from "./types";
import { secondsSince } from "./replay-summary";

/**
 * The history as it happened, as an outcome, for comparing a flow with what the team actually did. The
 * history's tickets were handled by people, so the kind says how: escalated when the helpdesk recorded an
 * escalation, else "automated" only when the ticket was resolved with no agent reply and no agent time
 * (nobody worked on it: an auto-close or a helpdesk trigger), else routed when it sat in a queue, else no action.
 * Intent is the recorded category; nothing about an AI reply or an SLA timer was recorded, so those are empty.
 */
export function historySummary(ticket: HistoricalTicket): OutcomeSummary {
  const r = ticket.recorded;
  const createdMs = parseIsoMs(ticket.snapshot.createdAt);
  const untouched = r.resolvedAt !== null && !historyAgentReplied(r.firstResponseAt, r.handleTimeSec);
  const kind: OutcomeSummary["kind"] = r.escalated ? "escalated" : untouched ? "automated" : r.queue !== null ? "routed" : "no-action";
  return {
    kind,
    queue: r.queue,
    tier: r.tier,
    // The helpdesk records that a ticket was escalated, not why.
    escalationReason: null,
    aiReply: null,
    intent: r.category,
    intentConfidence: null,
    firstResponseSec: secondsSince(createdMs, r.firstResponseAt !== null ? parseIsoMs(r.firstResponseAt) : null),
    resolutionSec: secondsSince(createdMs, r.resolvedAt !== null ? parseIsoMs(r.resolvedAt) : null),
    slaBreached: false,
  };
}
