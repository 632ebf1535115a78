import type { Outcome, RunState } from "./types";

/** The run's outcome, derived from what it did: escalation beats routing, and automation needs a resolve with no human. */
export function outcomeOf(state: RunState, endNodeId: string | null, label: string | null): Outcome {
  const a = state.actions;
  const kind: Outcome["kind"] =
    a.escalation !== null ? "escalated" : a.resolved ? "automated" : a.routedTo !== null ? "routed" : "no-action";
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
