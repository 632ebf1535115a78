import "server-only";
import { authedProcedure } from "@/server/api/trpc";
import { ZTicketSelectionSchema } from "@/server/services/backtests/ticket-selection";
import { countSelectedTickets } from "@/server/services/backtests/sources/select-tickets";

/** How many tickets a selection matches and how many a backtest of it replays: the start dialog shows it as it is edited. */
export const countSelectionProcedure = authedProcedure("backtests.read")
  .input(ZTicketSelectionSchema)
  .query(({ ctx, input }) => countSelectedTickets(ctx.prisma, input));
