import { handlingOf, replayFacts } from "../metrics/definitions";
import type { Outcome, RunState } from "./types";

/**
 * The run's outcome, derived from what it did: escalation beats routing, and automation is the metric definitions'
 * automated resolution (resolved, nobody answered), so backtests and dashboards count it alike.
 */
export function outcomeOf(state: RunState, endNodeId: string | null, label: string | null): Outcome {
  const a = state.actions;
  const kind: Outcome["kind"] =
    a.escalation !== null ? "escalated" : handlingOf(replayFacts(a.resolved, false)) === "automated" ? "automated" : a.routedTo !== null ? "routed" : "no-action";
  return {
    kind,
    queue: a.routedTo ?? state.ticket?.queue ?? null,
    tier: state.ticket?.tier ?? null,
    escalationReason: a.escalation,
    aiReply: a.aiReply,
    endNodeId,
    label,
  };
}
