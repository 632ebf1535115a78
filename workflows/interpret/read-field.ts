import { isFieldName, type FieldName } from "../model/fields";
import { assertNever } from "../model/assert-never";
import type { FlowPlan } from "../model/plan";
import { withinBusinessHours } from "./business-hours";
import { businessCalendarOf } from "./business-hours-calendar";
import { parseIsoMs } from "./iso-time";
import { conversationText, repeatedQuestionOf, type TicketView } from "./ticket-view";
import type { RunState } from "./types";

export type FieldValue = string | number | boolean | readonly string[] | null;

export type FieldReader = (t: TicketView, state: RunState, plan: FlowPlan) => FieldValue;

/**
 * How each rule field is read from a run that has its ticket. A table rather than a switch, so compiled
 * rules look their reader up once per plan; the Record type makes a new field without a reader a compile error.
 */
const READERS: Record<FieldName, FieldReader> = {
  "ticket.subject": (t) => t.subject,
  "ticket.body": (t) => t.body,
  "ticket.text": (t) => conversationText(t),
  "message.latest": (t) => t.latestCustomerMessage,
  "ticket.channel": (t) => t.channel,
  "ticket.priority": (t) => t.priority,
  "ticket.status": (t) => t.status,
  "ticket.pageUrl": (t) => t.pageUrl ?? null,
  "ticket.tags": (t) => t.tags,
  "ticket.language": (t) => t.language ?? null,
  "ticket.tier": (t) => t.tier,
  "ticket.queue": (t) => t.queue ?? null,
  "customer.plan": (t) => t.customer.plan,
  "customer.enterprise": (t) => t.customer.enterprise,
  "customer.contactsLast24h": (t) => t.customer.contactsLast24h,
  "intent.label": (_, s) => s.facts.intent?.label ?? null,
  "intent.confidence": (_, s) => s.facts.intent?.confidence ?? null,
  "sentiment.label": (_, s) => s.facts.sentiment?.label ?? null,
  "sentiment.score": (_, s) => s.facts.sentiment?.score ?? null,
  "sentiment.frustrated": (_, s) => s.facts.sentiment?.frustrated ?? null,
  "message.asksForHuman": (_, s) => s.facts.asksForHuman,
  "priority.score": (_, s) => s.facts.priorityScore,
  "conversation.customerTurns": (t) => t.customerTurns,
  "conversation.repeatedQuestion": (t) => repeatedQuestionOf(t),
  "time.businessHours": (_, s, plan) => withinBusinessHours(parseIsoMs(s.now), businessCalendarOf(plan, s.calendar)),
};

/** Reads one rule field from the run. Facts not known yet (e.g. intent before classification) are null. */
export function readField(field: FieldName, state: RunState, plan: FlowPlan): FieldValue {
  const t = state.ticket;
  if (t === null) return null;
  const read = isFieldName(field) ? READERS[field] : undefined;
  return read === undefined ? assertNever(field as never) : read(t, state, plan);
}

/** The reader of one field, bound once (compiled rules keep it); null before the ticket exists. */
export function fieldReader(field: FieldName): (state: RunState, plan: FlowPlan) => FieldValue {
  const read = isFieldName(field) ? READERS[field] : undefined;
  if (read === undefined) {
    // The compiler refuses unknown fields; a hand-made plan with one fails where it is read.
    return (state) => (state.ticket === null ? null : assertNever(field as never));
  }
  return (state, plan) => (state.ticket === null ? null : read(state.ticket, state, plan));
}
