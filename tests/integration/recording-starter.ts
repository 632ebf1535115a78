import type { FlowStarter } from "../../server/services/tickets/flow-starter";
import { temporalFlowStarter } from "../../temporal/flow-starter";
import type { TicketFlowInput } from "../../workflows/interpret/live/ticket-flow";

/** Starts each live run on Temporal and keeps the input it started with, so a test can replay the same input. */
export function recordingStarter(): FlowStarter & { inputs: Map<string, TicketFlowInput> } {
  const temporal = temporalFlowStarter();
  const inputs = new Map<string, TicketFlowInput>();
  return {
    inputs,
    async start(workflowId, input) {
      inputs.set(workflowId, input);
      await temporal.start(workflowId, input);
    },
    signal: (workflowId, signal, payload) => temporal.signal(workflowId, signal, payload),
  };
}
