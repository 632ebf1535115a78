import "server-only";
import { authedProcedure } from "@/server/api/trpc";
import { createTicket } from "@/server/services/tickets/create-ticket";
import { ZIncomingTicketSchema } from "@/server/services/tickets/incoming-ticket";

/** Same as the tickets webhook: idempotent on (source, externalId), starts the live flow on new tickets. */
export const createTicketProcedure = authedProcedure("tickets.create").input(ZIncomingTicketSchema).mutation(async ({ ctx, input }) => {
  const result = await createTicket(ctx.prisma, ctx.ports.outbox, input);
  return { ticketId: result.ticket.id, created: result.created, run: result.run, notice: result.notice };
});
