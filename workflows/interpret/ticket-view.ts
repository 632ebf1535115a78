import type { TTicketSnapshot } from "../model/ticket";
import type { PRIORITIES, STATUSES } from "../model/fields";

export type TPriority = (typeof PRIORITIES)[number];
export type TStatus = (typeof STATUSES)[number];

/** The ticket as the run sees it: the snapshot it started with, kept current by events and its own actions. */
export interface TicketView extends TTicketSnapshot {
  tier: number | null;
  latestCustomerMessage: string;
  firstResponseAt: string | null;
  resolvedAt: string | null;
  lastCustomerReplyAt: string | null;
  lastAgentReplyAt: string | null;
}

export function ticketViewOf(snapshot: TTicketSnapshot): TicketView {
  return {
    ...snapshot,
    tags: [...snapshot.tags],
    tier: null,
    latestCustomerMessage: snapshot.body,
    firstResponseAt: null,
    resolvedAt: null,
    lastCustomerReplyAt: null,
    lastAgentReplyAt: null,
  };
}

/** Subject, first message and, once the customer has replied, the latest message: what classifiers and "ticket.text" rules read. */
export function conversationText(t: TicketView): string {
  return t.latestCustomerMessage === t.body ? `${t.subject}\n${t.body}` : `${t.subject}\n${t.body}\n${t.latestCustomerMessage}`;
}
