import { WorkflowExecutionAlreadyStartedError, WorkflowNotFoundError } from "@temporalio/client";
import type { FlowStarter } from "../server/services/tickets/flow-starter";
import { TASK_QUEUE } from "../server/env";
import { SIGNALS, TICKET_FLOW_WORKFLOW } from "../workflows/interpret/live/signals";
import type { TicketFlowInput } from "../workflows/interpret/live/ticket-flow";
import { getTemporalClient } from "./client";

/**
 * The FlowStarter the web app and CLI use: ticketFlow on Temporal, one workflow per ticket. It names the
 * workflow and signals by string so the web bundle never imports workflow code.
 */
export function temporalFlowStarter(): FlowStarter {
  return {
    async start(workflowId, input) {
      const client = await getTemporalClient();
      try {
        await client.workflow.start(TICKET_FLOW_WORKFLOW, { taskQueue: TASK_QUEUE, workflowId, args: [input satisfies TicketFlowInput] });
      } catch (err) {
        // Same ticket, same workflow id: the run already exists, which is exactly what we want.
        if (!(err instanceof WorkflowExecutionAlreadyStartedError)) throw err;
      }
    },
    async signal(workflowId, signal, payload) {
      const client = await getTemporalClient();
      try {
        await client.workflow.getHandle(workflowId).signal(SIGNALS[signal], payload);
        return "delivered";
      } catch (err) {
        // The run has finished (or never started): the message is stored, there is nobody to tell.
        if (err instanceof WorkflowNotFoundError) return "no-run";
        throw err;
      }
    },
  };
}
