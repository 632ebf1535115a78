import "server-only";
import { PRIORITIES, STATUSES, type FieldName } from "../../../workflows/model/fields";
import type { TRule } from "../../../workflows/model/rules";
import type { ConditionOutcome, ConvertOptions } from "./conversion-types";
import { convertTimeCondition, isTimeCondition } from "./time-condition";
import { channelForVia } from "./via-channels";
import { spaceSeparated, valueText } from "./zendesk-values";
import type { TZendeskCondition } from "./zendesk-trigger-schema";
import { groupWithoutQueue } from "./group-without-queue";

/** Zendesk's own order, which its less_than / greater_than follow (hold sits between pending and solved). */
const ZENDESK_STATUSES = ["new", "open", "pending", "hold", "solved", "closed"] as const;
const ZENDESK_PRIORITIES = ["low", "normal", "high", "urgent"] as const;

/** Operators that look at what this update changed; the flow only sees the ticket's current values. */
const CHANGE_OPERATORS = new Set(["changed", "not_changed", "value", "not_value", "value_previous", "not_value_previous"]);

/** Conditions with no counterpart, with the reason people will want to read. */
const NO_EQUIVALENT: Readonly<Record<string, string>> = {
  type: "the flow has no ticket type (question, incident, problem, task)",
  assignee_id: "the flow does not assign tickets to individual agents, so it cannot test the assignee",
  requester_id: "Zendesk user ids have no counterpart in the flow; the customer is known by plan and enterprise flag",
  submitter_id: "Zendesk user ids have no counterpart in the flow",
  organization_id: "Zendesk organizations have no counterpart in the flow; the customer is known by plan and enterprise flag",
  brand_id: "the flow has no brands",
  ticket_form_id: "the flow has no ticket forms",
  locale_id: "Zendesk locale ids have no mapping to the flow's language field",
  role: "the flow cannot test who made the update; a flow that starts on a customer reply covers updates by the requester",
  recipient: "the flow does not know which support address received the email",
  satisfaction_score: "the flow cannot test a CSAT rating",
  current_via_id: "the flow knows the channel the ticket came in on, not the channel of this update",
  comment_is_public: "the flow cannot tell public comments from internal notes",
  ticket_is_public: "the flow has no private tickets",
  reopens: "the flow does not count reopens",
  replies: "the flow does not count agent replies",
  agent_stations: "the flow does not count assignee changes",
  group_stations: "the flow does not count group changes",
  within_schedule: "the flow has one business-hours setting instead of Zendesk schedules; use the 'Within business hours' field",
  schedule_id: "the flow has one business-hours setting instead of Zendesk schedules",
  sla_next_breach_at: "Zendesk SLA policies are not imported; use an SLA timer node",
};

/**
 * One Zendesk condition → one rule over the flow's field catalogue, the trigger event (update_type),
 * a wait (automations' time conditions), or the reason it has no equivalent.
 */
export function convertCondition(c: TZendeskCondition, options: ConvertOptions): ConditionOutcome {
  if (isTimeCondition(c.field)) return convertTimeCondition(c);
  if (CHANGE_OPERATORS.has(c.operator)) {
    return unsupported(`"${c.operator}" looks at what this update changed; the flow tests the ticket's current values only (use "is" if the difference does not matter)`);
  }
  if (c.field.startsWith("custom_fields_")) return unsupported("custom ticket fields are not among the flow's fields");
  const reason = NO_EQUIVALENT[c.field];
  if (reason !== undefined) return unsupported(reason);

  switch (c.field) {
    case "update_type":
      return updateType(c);
    case "status":
      return ordered(c, "ticket.status", "status", ZENDESK_STATUSES, STATUSES);
    case "priority":
      return ordered(c, "ticket.priority", "priority", ZENDESK_PRIORITIES, PRIORITIES);
    case "current_tags":
      return tags(c);
    case "comment_includes_word":
      return words(c, "message.latest");
    case "subject_includes_word":
      return words(c, "ticket.subject");
    case "via_id":
      return via(c);
    case "group_id":
      return group(c, options);
    default:
      return unsupported(`the Zendesk condition "${c.field}" has no counterpart among the flow's fields`);
  }
}

function unsupported(reason: string): ConditionOutcome {
  return { kind: "unsupported", reason };
}

function rule(r: TRule): ConditionOutcome {
  return { kind: "rule", rule: r };
}

function unknownOperator(c: TZendeskCondition): ConditionOutcome {
  return unsupported(`the operator "${c.operator}" is not one the importer knows for "${c.field}"`);
}

/** Create / Change pick the event the flow starts on; a flow has exactly one. */
function updateType(c: TZendeskCondition): ConditionOutcome {
  const value = valueText(c.value).toLowerCase();
  if (value !== "create" && value !== "change") return unsupported(`"${valueText(c.value)}" is not an update type (Create or Change)`);
  if (c.operator !== "is" && c.operator !== "is_not") return unknownOperator(c);
  const created = (value === "create") === (c.operator === "is");
  return { kind: "event", on: created ? "ticket.created" : "ticket.updated" };
}

/** Status and priority: equal values map directly, and less_than / greater_than become "is one of" the values on that side. */
function ordered(c: TZendeskCondition, field: FieldName, what: string, scale: readonly string[], known: readonly string[]): ConditionOutcome {
  const value = valueText(c.value).toLowerCase();
  const at = scale.indexOf(value);
  if (at < 0) return unsupported(`"${valueText(c.value)}" is not a ${what} the flow knows (${known.join(", ")})`);
  const missing = `the flow has no ${value === "hold" ? "on-hold status" : `${what} "${value}"`}`;
  switch (c.operator) {
    case "is":
      return known.includes(value) ? rule({ kind: "rule", field, op: "equals", value }) : unsupported(missing);
    case "is_not":
      return known.includes(value) ? rule({ kind: "rule", field, op: "not_equals", value }) : unsupported(`${missing}, so the condition always holds`);
    case "less_than":
    case "greater_than": {
      const side = c.operator === "less_than" ? scale.slice(0, at) : scale.slice(at + 1);
      const values = side.filter((v) => known.includes(v));
      if (values.length === 0) return unsupported(`no ${what} the flow knows is ${c.operator.replace("_", " ")} "${value}"`);
      return rule({ kind: "rule", field, op: "in", values });
    }
    default:
      return unknownOperator(c);
  }
}

function tags(c: TZendeskCondition): ConditionOutcome {
  const values = spaceSeparated(c.value);
  if (values.length === 0) return unsupported("no tags given");
  switch (c.operator) {
    case "includes":
      return rule({ kind: "rule", field: "ticket.tags", op: "contains_any", values });
    case "not_includes":
      return rule({ kind: "rule", field: "ticket.tags", op: "contains_none", values });
    default:
      return unknownOperator(c);
  }
}

/**
 * "includes" is Zendesk's "contains at least one of the following words" (words split on spaces);
 * "is" / "is_not" look for the whole string, which the flow's phrase matching does as one value.
 */
function words(c: TZendeskCondition, field: FieldName): ConditionOutcome {
  const phrase = valueText(c.value);
  if (phrase.length === 0) return unsupported("no words given");
  switch (c.operator) {
    case "includes":
      return rule({ kind: "rule", field, op: "contains_any", values: spaceSeparated(c.value) });
    case "not_includes":
      return rule({ kind: "rule", field, op: "contains_none", values: spaceSeparated(c.value) });
    case "is":
      return rule({ kind: "rule", field, op: "contains_any", values: [phrase] });
    case "is_not":
      return rule({ kind: "rule", field, op: "contains_none", values: [phrase] });
    default:
      return unknownOperator(c);
  }
}

function via(c: TZendeskCondition): ConditionOutcome {
  const channel = channelForVia(valueText(c.value));
  if (channel === undefined) return unsupported(`Zendesk channel "${valueText(c.value)}" has no matching flow channel`);
  switch (c.operator) {
    case "is":
      return rule({ kind: "rule", field: "ticket.channel", op: "equals", value: channel });
    case "is_not":
      return rule({ kind: "rule", field: "ticket.channel", op: "not_equals", value: channel });
    default:
      return unknownOperator(c);
  }
}

/** A Zendesk group is a queue in the flow once the caller says which one; "" means no group. */
function group(c: TZendeskCondition, options: ConvertOptions): ConditionOutcome {
  const id = valueText(c.value);
  if (c.operator !== "is" && c.operator !== "is_not") return unknownOperator(c);
  const is = c.operator === "is";
  if (id === "") return rule({ kind: "rule", field: "ticket.queue", op: is ? "is_empty" : "is_not_empty" });
  const queue = options.groupNames?.[id];
  if (queue === undefined) return unsupported(groupWithoutQueue(id, options.groupHint));
  return rule({ kind: "rule", field: "ticket.queue", op: is ? "equals" : "not_equals", value: queue });
}
