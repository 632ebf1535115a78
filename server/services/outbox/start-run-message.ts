import "server-only";
import type { TicketFlowInput } from "../../../workflows/interpret/live/ticket-flow";
import type { FlowStarter } from "../tickets/flow-starter";
import type { OutboxHandler } from "./outbox";
import type { NewOutboxMessage } from "./outbox-store";

export const START_RUN = "start-run";

/** The workflow's input as it will start, and its id. */
export type StartRunPayload = TicketFlowInput & { workflowId: string };

/** The message that starts a run's workflow; its key makes writing it twice for one run impossible. */
export function startRunMessage(workflowId: string, input: TicketFlowInput): NewOutboxMessage {
  const payload: StartRunPayload = { ...input, workflowId };
  return { kind: START_RUN, key: `start:${workflowId}`, payload };
}

/**
 * Starts the run's workflow. The starter treats an existing workflow of that id as started, so a message
 * delivered twice starts one run. A run that never starts is marked failed with the last error.
 */
export function startRunHandler(starter: FlowStarter): OutboxHandler {
  return {
    async deliver(payload) {
      const { workflowId, ...input } = payload as StartRunPayload;
      await starter.start(workflowId, input);
    },
    async giveUp(tx, payload, error) {
      const { workflowId } = payload as StartRunPayload;
      await tx.flowRun.updateMany({ where: { workflowId, status: "running" }, data: { status: "failed", outcome: { error } } });
    },
  };
}
