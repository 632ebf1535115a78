import { authedProcedure } from "@/server/api/trpc";
import { ZTicketSelectionSchema } from "@/server/backtest/selection";
import { countSelectedTickets } from "@/server/backtest/sources/select-tickets";

/** How many tickets a selection matches and how many a backtest of it replays: the start dialog shows it as it is edited. */
export const countSelectionProcedure = authedProcedure("backtests.read")
  .input(ZTicketSelectionSchema)
  .query(({ ctx, input }) => countSelectedTickets(ctx.prisma, input));
