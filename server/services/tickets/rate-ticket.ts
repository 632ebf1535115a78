import "server-only";
import type { PrismaClient } from "@prisma/client";
import type { TIncomingRating } from "./incoming-ticket";
import { TicketNotFoundError } from "./add-ticket-message";

/**
 * Records the customer's satisfaction rating, once: the first answer to a survey is the one counted, so a survey
 * sent twice, or a retried delivery, cannot count a customer twice. A comment reaches agents as an internal note.
 */
export async function rateTicket(prisma: PrismaClient, ticketId: string, input: TIncomingRating): Promise<{ rated: boolean; csat: number }> {
  return prisma.$transaction(async (tx) => {
    const updated = await tx.ticket.updateMany({ where: { id: ticketId, csat: null }, data: { csat: input.score } });
    const ticket = await tx.ticket.findUnique({ where: { id: ticketId }, select: { csat: true } });
    if (ticket === null) throw new TicketNotFoundError(ticketId);
    if (updated.count === 0) return { rated: false, csat: ticket.csat ?? input.score };
    const said = input.comment ? `: “${input.comment}”` : ".";
    await tx.message.create({ data: { ticketId, author: "system", internal: true, body: `The customer rated the help ${input.score} out of 5${said}` } });
    return { rated: true, csat: input.score };
  });
}
