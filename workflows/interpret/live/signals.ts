import type { FlowEvent } from "../types";

/**
 * Names and payloads of ticketFlow's signals and query, kept free of Temporal imports so the web app
 * and CLI can signal runs without bundling workflow code.
 */
export const TICKET_FLOW_WORKFLOW = "ticketFlow";
export const SIGNALS = {
  customerReplied: "customerReplied",
  agentReplied: "agentReplied",
  ticketUpdated: "ticketUpdated",
} as const;
export const RUN_STATE_QUERY = "runState";

export type CustomerRepliedPayload = { body: string; at?: string };
export type AgentRepliedPayload = { body?: string; author?: string; at?: string };
export type TicketUpdatedPayload = { changes: Extract<FlowEvent, { type: "ticket.updated" }>["changes"]; at?: string };
