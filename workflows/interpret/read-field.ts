import type { FieldName } from "../model/fields";
import { assertNever } from "../model/handles";
import type { FlowPlan } from "../model/plan";
import { withinBusinessHours } from "./business-hours";
import { conversationText } from "./ticket-view";
import type { RunState } from "./types";

export type FieldValue = string | number | boolean | readonly string[] | null;

/** Reads one rule field from the run. Facts not known yet (e.g. intent before classification) are null. */
export function readField(field: FieldName, state: RunState, plan: FlowPlan): FieldValue {
  const t = state.ticket;
  if (t === null) return null;
  switch (field) {
    case "ticket.subject":
      return t.subject;
    case "ticket.body":
      return t.body;
    case "ticket.text":
      return conversationText(t);
    case "message.latest":
      return t.latestCustomerMessage;
    case "ticket.channel":
      return t.channel;
    case "ticket.priority":
      return t.priority;
    case "ticket.status":
      return t.status;
    case "ticket.pageUrl":
      return t.pageUrl ?? null;
    case "ticket.tags":
      return t.tags;
    case "ticket.language":
      return t.language ?? null;
    case "ticket.tier":
      return t.tier;
    case "ticket.queue":
      return t.queue ?? null;
    case "customer.plan":
      return t.customer.plan;
    case "customer.enterprise":
      return t.customer.enterprise;
    case "customer.contactsLast24h":
      return t.customer.contactsLast24h;
    case "intent.label":
      return state.facts.intent?.label ?? null;
    case "intent.confidence":
      return state.facts.intent?.confidence ?? null;
    case "sentiment.label":
      return state.facts.sentiment?.label ?? null;
    case "sentiment.score":
      return state.facts.sentiment?.score ?? null;
    case "sentiment.frustrated":
      return state.facts.sentiment?.frustrated ?? null;
    case "message.asksForHuman":
      return state.facts.asksForHuman;
    case "priority.score":
      return state.facts.priorityScore;
    case "time.businessHours":
      return withinBusinessHours(state.now, plan.businessHours);
    default:
      return assertNever(field);
  }
}
