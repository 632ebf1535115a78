import "server-only";
import type { THelpdeskAction } from "../contract";

/**
 * What the studio posts to the callback address, one effect a request, signed like the deliveries it takes. Types
 * differ from the inbound ones, so a callback body sent back to the studio is refused as unreadable.
 *
 *   { "type": "reply",  "ticketExternalId": "T-1001", "body": "..." }            a public reply for the customer
 *   { "type": "note",   "ticketExternalId": "T-1001", "body": "..." }            an internal note for agents
 *   { "type": "assign", "ticketExternalId": "T-1001", "queue": "Billing", "assignee": "ava@acme.com" }
 *   { "type": "update", "ticketExternalId": "T-1001", "priority": "high", "status": "solved", "addTags": [...], "removeTags": [...], "fields": {...} }
 *   { "type": "ping" }                                                            "Test connection"
 *
 * `queue` and `assignee` are the studio's queue name and agent email, or what the connection's mappings give them.
 */
export type TStudioCallbackBody =
  | { type: "reply" | "note"; ticketExternalId: string; body: string }
  | { type: "assign"; ticketExternalId: string; queue?: string | null; assignee?: string | null }
  | ({ type: "update"; ticketExternalId: string } & Omit<Extract<THelpdeskAction, { type: "update" }>, "type">)
  | { type: "ping" };

export function callbackBodyOf(externalTicketId: string, action: THelpdeskAction): TStudioCallbackBody {
  switch (action.type) {
    case "reply":
    case "note":
      return { type: action.type, ticketExternalId: externalTicketId, body: action.body };
    case "assign":
      return {
        type: "assign",
        ticketExternalId: externalTicketId,
        ...(action.remoteGroupId !== undefined ? { queue: action.remoteGroupId } : {}),
        ...(action.remoteAssigneeId !== undefined ? { assignee: action.remoteAssigneeId } : {}),
      };
    case "update": {
      const { type: _type, ...changes } = action;
      return { type: "update", ticketExternalId: externalTicketId, ...changes };
    }
  }
}
