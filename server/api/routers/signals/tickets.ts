import "server-only";
import { authedProcedure } from "@/server/api/trpc";
import { signalTickets, ZSignalTicketsSchema } from "@/server/services/signals/signal-tickets";

/** The tickets behind a category's signal, a page at a time. */
export const signalTicketsProcedure = authedProcedure("metrics.read")
  .input(ZSignalTicketsSchema)
  .query(({ ctx, input }) => signalTickets(ctx.prisma, input));
