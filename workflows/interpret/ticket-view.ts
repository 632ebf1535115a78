import type { TTicketSnapshot } from "../model/ticket";
import type { TTierMapSnapshot } from "../model/tier-map";
import type { PRIORITIES, STATUSES } from "../model/fields";
import { repeatsEarlier } from "./repeated-question";

export type TPriority = (typeof PRIORITIES)[number];
export type TStatus = (typeof STATUSES)[number];

/** The ticket as the run sees it: the snapshot it started with, kept current by events and its own actions. */
export interface TicketView extends TTicketSnapshot {
  /** Shared, never mutated: a backtest's tickets all point at the same map. */
  tierMap: TTierMapSnapshot | null;
  tier: number | null;
  latestCustomerMessage: string;
  firstResponseAt: string | null;
  resolvedAt: string | null;
  lastCustomerReplyAt: string | null;
  lastAgentReplyAt: string | null;
  /** Customer messages before a person replied, the first included (the "conversation.customerTurns" field). */
  customerTurns: number;
  /** The customer's replies so far, oldest first (the first message is subject and body). Replaced on each reply, never mutated. */
  customerReplies: readonly string[];
}

const NO_REPLIES: readonly string[] = Object.freeze([]);

export function ticketViewOf(s: TTicketSnapshot): TicketView {
  return {
    id: s.id,
    source: s.source,
    externalId: s.externalId,
    subject: s.subject,
    body: s.body,
    channel: s.channel,
    pageUrl: s.pageUrl,
    status: s.status,
    priority: s.priority,
    tags: s.tags,
    language: s.language,
    queue: s.queue,
    createdAt: s.createdAt,
    customer: s.customer,
    tierMap: s.tierMap ?? null,
    tier: null,
    latestCustomerMessage: s.body,
    firstResponseAt: null,
    resolvedAt: null,
    lastCustomerReplyAt: null,
    lastAgentReplyAt: null,
    customerTurns: 1,
    customerReplies: NO_REPLIES,
  };
}

/**
 * A copy with every field written out: one object shape for all tickets, which keeps V8's property
 * access fast on the backtest's hot path (a spread of a parsed JSON object gives each ticket its own shape).
 * Arrays are shared: steps replace them, never mutate them.
 */
export function copyTicketView(t: TicketView): TicketView {
  return {
    id: t.id,
    source: t.source,
    externalId: t.externalId,
    subject: t.subject,
    body: t.body,
    channel: t.channel,
    pageUrl: t.pageUrl,
    status: t.status,
    priority: t.priority,
    tags: t.tags,
    language: t.language,
    queue: t.queue,
    createdAt: t.createdAt,
    customer: t.customer,
    tierMap: t.tierMap,
    tier: t.tier,
    latestCustomerMessage: t.latestCustomerMessage,
    firstResponseAt: t.firstResponseAt,
    resolvedAt: t.resolvedAt,
    lastCustomerReplyAt: t.lastCustomerReplyAt,
    lastAgentReplyAt: t.lastAgentReplyAt,
    customerTurns: t.customerTurns,
    customerReplies: t.customerReplies,
  };
}

/**
 * A customer reply reaching the run, the same way live and in backtests (both deliver it as a
 * "customer.replied" event). A turn counts while no person has replied: from an agent's first reply the
 * conversation is with a person, not the AI (the flow's own AI replies send no "agent.replied").
 */
export function noteCustomerReply(t: TicketView, body: string, at: string): void {
  t.latestCustomerMessage = body;
  t.lastCustomerReplyAt = at;
  if (t.lastAgentReplyAt === null) t.customerTurns += 1;
  t.customerReplies = [...t.customerReplies, body];
}

/**
 * Whether the customer's latest reply repeats an earlier message of theirs (the "conversation.repeatedQuestion"
 * field). Worked out when a rule or the tier map asks, not on every reply: most flows never ask, and a
 * backtest replays every reply of every ticket.
 */
export function repeatedQuestionOf(t: TicketView): boolean {
  const replies = t.customerReplies;
  if (replies.length === 0) return false;
  return repeatsEarlier(replies[replies.length - 1]!, [`${t.subject}\n${t.body}`, ...replies.slice(0, -1)]);
}

/** Subject, first message and, once the customer has replied, the latest message: what classifiers and "ticket.text" rules read. */
export function conversationText(t: TicketView): string {
  // Several rules and model calls read it in a row: the same string again is cheaper to compare and match.
  if (t.subject === last.subject && t.body === last.body && t.latestCustomerMessage === last.latest) return last.text;
  const text = t.latestCustomerMessage === t.body ? `${t.subject}\n${t.body}` : `${t.subject}\n${t.body}\n${t.latestCustomerMessage}`;
  last = { subject: t.subject, body: t.body, latest: t.latestCustomerMessage, text };
  return text;
}

let last = { subject: "", body: "", latest: "", text: "\n" };
