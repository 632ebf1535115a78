import { isGrpcServiceError, ServiceError, WorkflowExecutionAlreadyStartedError, WorkflowNotFoundError, type Client } from "@temporalio/client";
import { FlowStarterUnreachable, type FlowStarter } from "../server/services/tickets/flow-starter";
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
      const client = await connected();
      try {
        await reachable(() => client.workflow.start(TICKET_FLOW_WORKFLOW, { taskQueue: TASK_QUEUE, workflowId, args: [input satisfies TicketFlowInput] }));
      } catch (err) {
        // Same ticket, same workflow id: the run already exists, which is exactly what we want.
        if (!(err instanceof WorkflowExecutionAlreadyStartedError)) throw err;
      }
    },
    async signal(workflowId, signal, payload) {
      const client = await connected();
      try {
        await reachable(() => client.workflow.getHandle(workflowId).signal(SIGNALS[signal], payload));
        return "delivered";
      } catch (err) {
        // The run has finished (or never started): the message is stored, there is nobody to tell.
        if (err instanceof WorkflowNotFoundError) return "no-run";
        throw err;
      }
    },
  };
}

/** gRPC's UNAVAILABLE and DEADLINE_EXCEEDED: the server is down, restarting or out of reach, not refusing. */
const UNREACHABLE_CODES = new Set([14, 4]);

/** The client; a connection that cannot be made is FlowStarterUnreachable (so the outbox waits it out). */
async function connected(): Promise<Client> {
  try {
    return await getTemporalClient();
  } catch (err) {
    throw new FlowStarterUnreachable((err as Error).message);
  }
}

/** Runs a call, saying FlowStarterUnreachable when the server could not be reached at all. */
async function reachable<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (err) {
    if (isUnreachable(err)) throw new FlowStarterUnreachable((err as Error).message);
    throw err;
  }
}

function isUnreachable(err: unknown): boolean {
  for (let e: unknown = err; e instanceof Error; e = e.cause) {
    if (isGrpcServiceError(e) && UNREACHABLE_CODES.has(e.code)) return true;
    if (e instanceof ServiceError && /UNAVAILABLE|DEADLINE_EXCEEDED|ECONNREFUSED/.test(e.message)) return true;
  }
  return false;
}
