import "server-only";
import type { THelpdeskAction } from "../contract";
import { HelpdeskCallError } from "../helpdesk-call-error";
import { zendeskPriorityFor, zendeskStatusFor, type TZendeskStatus } from "./mapping";
import { ZENDESK } from "./transport";

/** The `ticket` object of Zendesk's Update Ticket request (PUT /api/v2/tickets/{id}), as far as the studio writes it. */
export interface TZendeskTicketUpdate {
  comment?: { body: string; public: boolean };
  group_id?: number | null;
  assignee_id?: number | null;
  status?: TZendeskStatus;
  priority?: "low" | "normal" | "high" | "urgent";
  /** Zendesk's documented way to add tags without replacing the ticket's list (`tags` would replace it). */
  additional_tags?: string[];
  remove_tags?: string[];
  custom_fields?: { id: number; value: string | number | boolean }[];
}

/**
 * One studio action as one ticket update. Returns null when the action changes nothing, so no call is made.
 * Input Zendesk would refuse anyway (a text id, an empty reply) fails here as a permanent error that says why.
 */
export function ticketUpdateFor(action: THelpdeskAction): TZendeskTicketUpdate | null {
  switch (action.type) {
    case "reply":
    case "note": {
      if (action.body.trim() === "") throw permanent(`The ${action.type === "reply" ? "reply" : "internal note"} is empty; Zendesk does not accept an empty comment.`);
      return { comment: { body: action.body, public: action.type === "reply" } };
    }
    case "assign": {
      const update: TZendeskTicketUpdate = {};
      if (action.remoteGroupId !== undefined) update.group_id = zendeskId(action.remoteGroupId, "group");
      if (action.remoteAssigneeId !== undefined) update.assignee_id = zendeskId(action.remoteAssigneeId, "agent");
      return nonEmpty(update);
    }
    case "update": {
      const update: TZendeskTicketUpdate = {};
      if (action.priority) update.priority = zendeskPriorityFor(action.priority);
      if (action.status) update.status = zendeskStatusFor(action.status);
      if (action.addTags?.length) update.additional_tags = [...action.addTags];
      if (action.removeTags?.length) update.remove_tags = [...action.removeTags];
      const fields = Object.entries(action.fields ?? {});
      if (fields.length > 0) update.custom_fields = fields.map(([name, value]) => ({ id: fieldId(name), value }));
      return nonEmpty(update);
    }
  }
}

function nonEmpty(update: TZendeskTicketUpdate): TZendeskTicketUpdate | null {
  return Object.keys(update).length === 0 ? null : update;
}

/** null clears the group or assignee; anything else must be the number Zendesk knows it by. */
function zendeskId(id: string | null, what: "group" | "agent"): number | null {
  if (id === null) return null;
  if (/^\d+$/.test(id.trim())) return Number(id.trim());
  throw permanent(`"${id}" is not a Zendesk ${what} id (a number). Pick the ${what} again in the connection's mappings.`);
}

function fieldId(name: string): number {
  if (/^\d+$/.test(name.trim())) return Number(name.trim());
  throw permanent(
    `Zendesk sets custom fields by their numeric id, and "${name}" is not one. Use the field's id from Zendesk (Admin Center → Objects and rules → Tickets → Fields, the ID column) as the field name in the flow.`,
  );
}

function permanent(message: string): HelpdeskCallError {
  return new HelpdeskCallError(`${ZENDESK}: ${message}`, null, false);
}
