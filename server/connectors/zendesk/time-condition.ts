import "server-only";
import { assertNever } from "../../../workflows/model/assert-never";
import type { ConditionOutcome } from "./conversion-types";
import { hoursOf, valueText } from "./zendesk-values";
import type { TZendeskCondition } from "./zendesk-trigger-schema";

/**
 * Automations' time conditions ("hours since …"). Zendesk checks them hourly over all tickets; a flow
 * instead waits on a durable timer, which starts either at the ticket's creation (sla-timer) or when
 * the run reaches it (wait-for). So only clocks that start at creation, or that a reply resets, have
 * an equivalent; clocks started by a status change or an assignment do not.
 */
type Clock = "created" | "requester" | "assignee" | "other";

const CLOCKS: Readonly<Record<string, { clock: Clock; what: string }>> = {
  hours_since_created: { clock: "created", what: "the ticket was created" },
  created_at: { clock: "created", what: "the ticket was created" },
  // Every ticket starts as New, so hours since New counts from creation for tickets still new.
  NEW: { clock: "created", what: "the ticket became new" },
  hours_since_requester_update: { clock: "requester", what: "the requester last updated the ticket" },
  requester_updated_at: { clock: "requester", what: "the requester last updated the ticket" },
  hours_since_assignee_update: { clock: "assignee", what: "the assignee last updated the ticket" },
  assignee_updated_at: { clock: "assignee", what: "the assignee last updated the ticket" },
  hours_since_open: { clock: "other", what: "the ticket was set to open" },
  OPEN: { clock: "other", what: "the ticket was set to open" },
  hours_since_pending: { clock: "other", what: "the ticket was set to pending" },
  PENDING: { clock: "other", what: "the ticket was set to pending" },
  hours_since_hold: { clock: "other", what: "the ticket was put on hold" },
  HOLD: { clock: "other", what: "the ticket was put on hold" },
  hours_since_solved: { clock: "other", what: "the ticket was solved" },
  SOLVED: { clock: "other", what: "the ticket was solved" },
  hours_since_closed: { clock: "other", what: "the ticket was closed" },
  CLOSED: { clock: "other", what: "the ticket was closed" },
  hours_since_assigned: { clock: "other", what: "the ticket was assigned" },
  assigned_at: { clock: "other", what: "the ticket was assigned" },
  hours_since_update: { clock: "other", what: "the ticket's last update by anyone" },
  updated_at: { clock: "other", what: "the ticket's last update by anyone" },
  hours_since_last_sla_breach: { clock: "other", what: "the last SLA breach" },
  hours_until_next_sla_breach: { clock: "other", what: "the next SLA breach" },
  due_date: { clock: "other", what: "the task's due date" },
  until_due_date: { clock: "other", what: "the task's due date" },
};

export function isTimeCondition(field: string): boolean {
  return Object.prototype.hasOwnProperty.call(CLOCKS, field);
}

export function convertTimeCondition(condition: TZendeskCondition): ConditionOutcome {
  const spec = CLOCKS[condition.field];
  if (spec === undefined) return { kind: "unsupported", reason: `"${condition.field}" is not a time condition` };
  if (spec.clock === "other") {
    return { kind: "unsupported", reason: `counts hours since ${spec.what}; a flow timer can only count from the ticket's creation or from when the flow reaches it` };
  }
  if (condition.operator.endsWith("_business_hours")) {
    return { kind: "unsupported", reason: "counts business hours; flow timers count calendar time" };
  }
  if (condition.operator !== "is" && condition.operator !== "greater_than") {
    return { kind: "unsupported", reason: `"${condition.operator}" limits the rule to the first hours; a flow acts when the ticket arrives, so only "is" and "greater_than" (act after N hours) convert` };
  }
  const hours = hoursOf(condition.value);
  if (hours === undefined) return { kind: "unsupported", reason: `"${valueText(condition.value)}" is not a positive number of hours` };
  const within = `${hours}h`;
  const from = `${condition.field} ${condition.operator} ${hours}`;
  switch (spec.clock) {
    case "created":
      // The SLA timer counts from creation, like Zendesk; a ticket resolved earlier leaves by "met".
      return { kind: "wait", wait: { type: "sla-timer", from, data: { label: `${hours} h after creation`, target: "resolution", within } } };
    case "requester":
      return { kind: "wait", wait: { type: "wait-for", from, data: { label: `No customer reply for ${hours} h`, event: "customer.replied", timeout: within } } };
    case "assignee":
      return { kind: "wait", wait: { type: "wait-for", from, data: { label: `No agent reply for ${hours} h`, event: "agent.replied", timeout: within } } };
    default:
      return assertNever(spec.clock);
  }
}
