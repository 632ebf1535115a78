import { patched } from "@temporalio/workflow";
import { batchedRun } from "./batched-run";
import type { TicketFlowInput, TicketFlowResult } from "./definitions";
import { stepwiseRun } from "./stepwise-run";

export {
  agentRepliedSignal,
  customerRepliedSignal,
  runStateQuery,
  ticketUpdatedSignal,
  type TicketFlowInput,
  type TicketFlowResult,
} from "./definitions";

/**
 * The live driver of the interpreter, one workflow per ticket. It owns no flow logic: it turns signals into
 * events, feeds them to `advance`, and carries out the commands with activities and durable timers. The plan is
 * workflow input, so a ticket finishes on the version it started with, whatever is published meanwhile.
 *
 * Time: event times come from the signal's sender when given, otherwise from Temporal's workflow clock,
 * which is recorded in history and so replays identically; the interpreter itself never reads a clock.
 *
 * Runs record a marker when they start batched; a history without it was recorded by the step-by-step driver
 * and replays on it.
 */
export async function ticketFlow(input: TicketFlowInput): Promise<TicketFlowResult> {
  return patched("live-step-batches") ? batchedRun(input) : stepwiseRun(input);
}
