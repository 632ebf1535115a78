import "server-only";
import { createHash } from "node:crypto";
import type { PrismaClient } from "@prisma/client";
import type { Outbox } from "../outbox/outbox";
import { addTicketMessage } from "../tickets/add-ticket-message";
import { readConversation, type TWidgetConversation } from "./read-conversation";
import { CONVERSATION_GONE, WidgetError } from "./widget-error";
import { storedPage, WIDGET_SOURCE, type TWidgetMessage } from "./widget-schemas";

/**
 * A customer's next message in a widget conversation, through the same path as a helpdesk's reply webhook: stored
 * once per message id and passed to the ticket's runs through the outbox. When the customer has moved to another page since the
 * conversation began, agents get an internal note naming it (once per page), so they see what the customer sees.
 */
export async function sendWidgetMessage(
  deps: { prisma: PrismaClient; outbox: Outbox },
  ticketId: string,
  input: TWidgetMessage,
): Promise<TWidgetConversation> {
  const { prisma, outbox } = deps;
  const ticket = await prisma.ticket.findUnique({ where: { id: ticketId }, select: { source: true, status: true, pageUrl: true, customer: { select: { name: true } } } });
  if (ticket === null || ticket.source !== WIDGET_SOURCE) throw new WidgetError(404, CONVERSATION_GONE);
  if (ticket.status === "solved" || ticket.status === "closed") {
    throw new WidgetError(409, "This conversation has ended. Start a new one and we will pick it up from there.");
  }
  const page = storedPage(input.page);
  if (page.url !== null && page.url !== ticket.pageUrl) {
    const where = page.title ? `“${page.title}” (${page.url})` : page.url;
    await prisma.message.createMany({
      data: [{ ticketId, author: "system", internal: true, body: `The customer is now writing from ${where}.`, externalId: `widget-page:${digest(page.url)}` }],
      skipDuplicates: true,
    });
  }
  await addTicketMessage(prisma, outbox, ticketId, {
    author: "customer",
    body: input.message,
    authorName: ticket.customer.name,
    externalId: `widget:${input.clientMessageId}`,
  });
  return readConversation(prisma, ticketId);
}

function digest(text: string): string {
  return createHash("sha256").update(text).digest("base64url").slice(0, 32);
}
