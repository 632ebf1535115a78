import "server-only";
import { PRIORITIES, STATUSES } from "../../../workflows/model/fields";
import type { TNodeData } from "../../../workflows/model/nodes";
import type { ConvertOptions } from "./conversion-types";
import { convertNotification } from "./notification-action";
import { spaceSeparated, valueText } from "./zendesk-values";
import type { TZendeskAction } from "./zendesk-trigger-schema";
import { groupWithoutQueue } from "./group-without-queue";

/** What one Zendesk action turns into before neighbouring ones are merged into nodes. */
export type ActionOutcome =
  | { kind: "fields"; status?: (typeof STATUSES)[number]; priority?: (typeof PRIORITIES)[number]; fields?: Record<string, string | number | boolean>; note?: string }
  | { kind: "tags"; add: string[]; remove: string[]; note?: string }
  | { kind: "route"; data: TNodeData<"route"> }
  | { kind: "notify"; data: TNodeData<"notify">; note: string }
  | { kind: "csat"; data: TNodeData<"csat-survey"> }
  | { kind: "comment"; text: string }
  | { kind: "comment-mode"; isPublic: boolean }
  | { kind: "unsupported"; reason: string };

const NO_EQUIVALENT: Readonly<Record<string, string>> = {
  assignee_id: "the flow routes to queues, not to individual agents",
  follower: "the flow has no followers or CCs",
  cc: "the flow has no followers or CCs",
  ticket_form_id: "the flow has no ticket forms",
  brand_id: "the flow has no brands",
  locale_id: "the flow does not change the ticket's language",
  share_ticket: "the flow does not share tickets with other Zendesk accounts",
  deflection: "the flow answers with the ai-reply node instead of Zendesk article deflection",
};

export function convertAction(action: TZendeskAction, options: ConvertOptions): ActionOutcome {
  const text = valueText(action.value);
  if (action.field.startsWith("notification_")) {
    const n = convertNotification(action);
    return n.ok ? { kind: "notify", data: n.data, note: n.note } : { kind: "unsupported", reason: n.reason };
  }
  if (action.field.startsWith("custom_fields_")) return customField(action);
  const reason = NO_EQUIVALENT[action.field];
  if (reason !== undefined) return { kind: "unsupported", reason };

  switch (action.field) {
    case "status": {
      const status = STATUSES.find((s) => s === text.toLowerCase());
      if (status !== undefined) return { kind: "fields", status };
      return { kind: "unsupported", reason: text.toLowerCase() === "hold" ? "the flow has no on-hold status" : `"${text}" is not a status the flow knows (${STATUSES.join(", ")})` };
    }
    case "priority": {
      const priority = PRIORITIES.find((p) => p === text.toLowerCase());
      if (priority !== undefined) return { kind: "fields", priority };
      return { kind: "unsupported", reason: `"${text}" is not a priority the flow knows (${PRIORITIES.join(", ")})` };
    }
    case "type":
      if (text === "") return { kind: "unsupported", reason: "clearing the ticket type has no counterpart" };
      return { kind: "fields", fields: { type: text }, note: `The ticket type "${text}" is kept as a custom field on the ticket update; no flow rule can test it.` };
    case "set_tags":
    case "current_tags":
    case "remove_tags":
      return tagAction(action);
    case "group_id":
      return groupAction(text, options);
    case "satisfaction_score":
      return text === "offered_to_requester"
        ? { kind: "csat", data: { label: "Offer CSAT survey", question: "How would you rate the help you received?" } }
        : { kind: "unsupported", reason: `only "offered_to_requester" has a counterpart (the CSAT survey node), not "${text}"` };
    case "comment_value":
    case "comment_value_html": {
      // Messaging channels send [channel, body]; the body is what the customer reads.
      const body = Array.isArray(action.value) ? valueText(action.value.at(-1) ?? null) : text;
      return body.length > 0 ? { kind: "comment", text: body } : { kind: "unsupported", reason: "the comment is empty" };
    }
    case "comment_mode_is_public":
      return { kind: "comment-mode", isPublic: !(action.value === false || text.toLowerCase() === "false") };
    default:
      return { kind: "unsupported", reason: `the Zendesk action "${action.field}" has no counterpart in the flow` };
  }
}

function tagAction(action: TZendeskAction): ActionOutcome {
  const tags = spaceSeparated(action.value);
  if (tags.length === 0) return { kind: "unsupported", reason: "no tags given" };
  switch (action.field) {
    case "remove_tags":
      return { kind: "tags", add: [], remove: tags };
    case "set_tags":
      // The tag node adds and removes named tags; it cannot clear tags it does not know about.
      return { kind: "tags", add: tags, remove: [], note: `set_tags replaced all of the ticket's tags in Zendesk; the flow adds ${tags.join(", ")} and keeps any other tags.` };
    default:
      return { kind: "tags", add: tags, remove: [] };
  }
}

function groupAction(id: string, options: ConvertOptions): ActionOutcome {
  if (id === "") return { kind: "unsupported", reason: "unassigning the group has no counterpart; a flow always routes to a queue" };
  const queue = options.groupNames?.[id];
  if (queue === undefined) return { kind: "unsupported", reason: groupWithoutQueue(id, options.groupHint) };
  return { kind: "route", data: { label: `To ${queue}`, queue, strategy: "round-robin", skills: [] } };
}

function customField(action: TZendeskAction): ActionOutcome {
  const value = action.value;
  if (value === undefined || value === null || Array.isArray(value)) {
    return { kind: "unsupported", reason: "only single values of custom fields carry over (not lists or clearing)" };
  }
  return { kind: "fields", fields: { [action.field]: value }, note: `${action.field} is kept as a custom field on the ticket update; no flow rule can test it.` };
}
