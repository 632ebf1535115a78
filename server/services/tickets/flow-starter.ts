import "server-only";
import type { TicketFlowInput } from "../../../workflows/interpret/live/ticket-flow";

/** What a ticket's run hears after it started: replies, and changes made in the helpdesk. */
export type FlowSignal = "customerReplied" | "agentReplied" | "ticketUpdated";

/** Starts and signals ticket-flow runs; Temporal in the product, a recorder in unit tests. */
export interface FlowStarter {
  start(workflowId: string, input: TicketFlowInput): Promise<void>;
  signal(workflowId: string, signal: FlowSignal, payload: Record<string, unknown>): Promise<"delivered" | "no-run">;
}

/**
 * Thrown by a starter whose engine cannot be reached at all (Temporal down or restarting), as against one that
 * answered no: the outbox keeps trying such a start or signal for as long as it takes.
 */
export class FlowStarterUnreachable extends Error {
  override readonly name = "FlowStarterUnreachable";
}

export function ticketWorkflowId(ticketId: string): string {
  return `ticket-${ticketId}`;
}

/** A shadow run's id names its version, so a later shadow version gets a run of its own. */
export function shadowWorkflowId(ticketId: string, versionId: string): string {
  return `ticket-${ticketId}-shadow-${versionId}`;
}
