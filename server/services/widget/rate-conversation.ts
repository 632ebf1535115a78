import "server-only";
import type { PrismaClient } from "@prisma/client";
import { readConversation, type TWidgetConversation } from "./read-conversation";
import { CONVERSATION_GONE, WidgetError } from "./widget-error";
import { WIDGET_SOURCE, type TWidgetRating } from "./widget-schemas";

/**
 * The customer's satisfaction rating sets the ticket's CSAT, once: a second rating is refused rather than
 * overwriting the first. A comment reaches the agents as an internal note on the ticket.
 */
export async function rateConversation(prisma: PrismaClient, ticketId: string, input: TWidgetRating): Promise<TWidgetConversation> {
  const rated = await prisma.$transaction(async (tx) => {
    const updated = await tx.ticket.updateMany({ where: { id: ticketId, source: WIDGET_SOURCE, csat: null }, data: { csat: input.score } });
    if (updated.count === 0) return false;
    const said = input.comment ? `: “${input.comment}”` : ".";
    await tx.message.create({ data: { ticketId, author: "system", internal: true, body: `The customer rated this chat ${input.score} out of 5${said}` } });
    return true;
  });
  if (!rated) {
    const ticket = await prisma.ticket.findUnique({ where: { id: ticketId }, select: { source: true } });
    if (ticket === null || ticket.source !== WIDGET_SOURCE) throw new WidgetError(404, CONVERSATION_GONE);
    throw new WidgetError(409, "You have already rated this conversation. Thank you!");
  }
  return readConversation(prisma, ticketId);
}
