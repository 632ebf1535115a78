import type { PlanNode } from "../model/plan";
import type { ActivityInputs } from "./activities";
import { handoffReasons } from "./handoff-reasons";
import { idempotencyKey, ticketId } from "./step-kit";
import { handoffSummary } from "./template";
import type { RunState } from "./types";

/**
 * How often one run may rest at the same node. A loop through a wait is allowed (a reminder every day until the
 * customer answers), but one that goes round this often is a flow that never finishes: with a short wait and a
 * notify step in it, it would message Slack until Temporal's history limit killed the run. Past the cap the run
 * stops there and hands the ticket to a person, the same live and in a backtest.
 */
export const MAX_RESTS_PER_NODE = 50;

/** The phase of the handover call: when it is done, the run ends. */
export const LOOP_HANDOVER_PHASE = "loop-handover";

export const LOOP_HANDOVER_REASON = `The flow went round a loop ${MAX_RESTS_PER_NODE} times without finishing; a person should take over`;

/**
 * Counts one more rest at `node`; false when that is one too many. A run without a count (recorded before the cap
 * existed) is never stopped, so its history replays as it went.
 */
export function mayRestAgain(state: RunState, node: PlanNode): boolean {
  const rests = state.rests;
  if (rests === undefined) return true;
  const count = (rests[node.id] ?? 0) + 1;
  if (count > MAX_RESTS_PER_NODE) return false;
  // Replaced, not changed in place: an earlier state may share the object.
  state.rests = { ...rests, [node.id]: count };
  return true;
}

/** The escalation that hands a looping run's ticket to a person, and what the trace says about it. */
export function loopHandover(state: RunState, node: PlanNode): { input: ActivityInputs["escalateTicket"]; line: string } {
  state.actions.escalation = LOOP_HANDOVER_REASON;
  const input = {
    ticketId: ticketId(state),
    reason: LOOP_HANDOVER_REASON,
    queue: null,
    priority: null,
    customerMessage: null,
    summary: handoffSummary(state),
    held: handoffReasons(state),
    idempotencyKey: idempotencyKey(state, node),
  };
  return { input, line: `Reached this step ${MAX_RESTS_PER_NODE + 1} times in one run: the loop stops here and the ticket goes to a person` };
}
