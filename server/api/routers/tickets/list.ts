import "server-only";
import { authedProcedure } from "@/server/api/trpc";
import { keysetPageInput } from "@/server/services/lib/keyset-page";
import { listRecentTickets } from "@/server/services/tickets/ticket-queries";

export const ZListTicketsInput = keysetPageInput(50);

/** Newest tickets first, keyset-paginated on (createdAt, id) so pages stay stable while tickets arrive. */
export const listTickets = authedProcedure("tickets.read")
  .input(ZListTicketsInput)
  .query(({ ctx, input }) => listRecentTickets(ctx.prisma, input));
