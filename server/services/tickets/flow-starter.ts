import "server-only";
import type { TicketFlowInput } from "../../../workflows/interpret/live/ticket-flow";

/** Starts and signals ticket-flow runs; Temporal in the product, a recorder in unit tests. */
export interface FlowStarter {
  start(workflowId: string, input: TicketFlowInput): Promise<void>;
  signal(workflowId: string, signal: "customerReplied" | "agentReplied", payload: Record<string, unknown>): Promise<"delivered" | "no-run">;
}

export function ticketWorkflowId(ticketId: string): string {
  return `ticket-${ticketId}`;
}

/** A shadow run's id names its version, so a later shadow version gets a run of its own. */
export function shadowWorkflowId(ticketId: string, versionId: string): string {
  return `ticket-${ticketId}-shadow-${versionId}`;
}
