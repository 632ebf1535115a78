import "server-only";
import { z } from "zod";
import { authedProcedure } from "@/server/api/trpc";
import { listChangedTickets } from "@/server/services/backtests/backtest-view";

/** Every ticket whose outcome differs between the two sides (without traces); the table sorts and filters them. */
export const changedTicketsProcedure = authedProcedure("backtests.read")
  .input(z.object({ id: z.string().min(1) }))
  .query(({ ctx, input }) => listChangedTickets(ctx.prisma, input.id));
