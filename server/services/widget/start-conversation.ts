import "server-only";
import type { PrismaClient } from "@prisma/client";
import type { Outbox } from "../outbox/outbox";
import { createTicket } from "../tickets/create-ticket";
import { ZIncomingTicketSchema } from "../tickets/incoming-ticket";
import { conversationToken } from "./conversation-token";
import { readConversation, type TWidgetConversation } from "./read-conversation";
import { WidgetError } from "./widget-error";
import { storedPage, WIDGET_SOURCE, type TWidgetStart } from "./widget-schemas";

const SUBJECT_MAX = 200;

export interface TStartedConversation {
  token: string;
  conversation: TWidgetConversation;
}

/**
 * Opens a conversation as a ticket of the studio's own chat channel, through the same ingest as the ticket
 * webhook, so the live flow runs on it as on any other ticket. The first message's id makes the ticket's external
 * id: a start the browser retries after a lost answer finds the same ticket instead of opening a second one.
 */
export async function startConversation(deps: { prisma: PrismaClient; outbox: Outbox }, input: TWidgetStart, key: Buffer): Promise<TStartedConversation> {
  const page = storedPage(input.page);
  const ticket = ZIncomingTicketSchema.parse({
    source: WIDGET_SOURCE,
    externalId: `chat-${input.clientMessageId}`,
    subject: subjectOf(page),
    body: input.message,
    channel: "chat",
    pageUrl: page.url,
    customer: { externalId: input.visitorId, name: input.name ?? null, email: input.email ?? null },
  });
  const result = await createTicket(deps.prisma, deps.outbox, ticket);
  if (!result.created) {
    const owner = await deps.prisma.customer.findUnique({ where: { id: result.ticket.customerId }, select: { externalId: true } });
    if (owner?.externalId !== input.visitorId) throw new WidgetError(409, "Please reload the chat and try again.");
  }
  return { token: conversationToken(result.ticket.id, key), conversation: await readConversation(deps.prisma, result.ticket.id) };
}

/**
 * Chats have no subject line: the page the customer wrote from stands in for one, which tells agents in the inbox
 * and in alerts where the question came from.
 */
export function subjectOf(page: { url: string | null; title: string | null }): string {
  const where = page.title ?? (page.url ? displayUrl(page.url) : null);
  return (where ? `Chat from “${where}”` : "Chat from the help widget").slice(0, SUBJECT_MAX);
}

function displayUrl(url: string): string {
  const parsed = new URL(url);
  return `${parsed.host}${parsed.pathname === "/" ? "" : parsed.pathname}`;
}
