import "server-only";
import type { PrismaClient } from "@prisma/client";
import type { TicketFlowInput } from "../../../workflows/interpret/live/ticket-flow";
import type { FlowStarter } from "../tickets/flow-starter";
import { reaching, type OutboxHandler } from "./outbox";
import { makeDue, type NewOutboxMessage } from "./outbox-store";

export const START_RUN = "start-run";

/** The workflow's input as it will start, and its id. */
export type StartRunPayload = TicketFlowInput & { workflowId: string };

/** The message that starts a run's workflow; its key makes writing it twice for one run impossible. */
export function startRunMessage(workflowId: string, input: TicketFlowInput): NewOutboxMessage {
  const payload: StartRunPayload = { ...input, workflowId };
  return { kind: START_RUN, key: startKey(workflowId), payload };
}

function startKey(workflowId: string): string {
  return `start:${workflowId}`;
}

/**
 * Asks again, now, for the starts of these runs still waiting in the outbox (a backoff after Temporal was away):
 * a helpdesk that delivers the ticket again is telling us it is still waiting. How many were still waiting.
 */
export function redriveStarts(prisma: PrismaClient, workflowIds: string[]): Promise<number> {
  return makeDue(prisma, workflowIds.map(startKey));
}

/**
 * Starts the run's workflow. The starter treats an existing workflow of that id as started, so a message
 * delivered twice starts one run. While Temporal cannot be reached it is tried again for as long as that lasts; a
 * start Temporal keeps refusing is given up, and its run marked failed with the last error.
 */
export function startRunHandler(starter: FlowStarter): OutboxHandler {
  return {
    async deliver(payload) {
      const { workflowId, ...input } = payload as StartRunPayload;
      await reaching(() => starter.start(workflowId, input));
    },
    async giveUp(tx, payload, error) {
      const { workflowId } = payload as StartRunPayload;
      await tx.flowRun.updateMany({ where: { workflowId, status: "running" }, data: { status: "failed", outcome: { error } } });
    },
  };
}
