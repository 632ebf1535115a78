import "server-only";
import { z } from "zod";
import { authedProcedure } from "@/server/api/trpc";
import { cancelBacktest } from "@/server/services/backtests/cancel-backtest";

/** Stops a queued or running backtest; what it completed so far is kept. */
export const cancelBacktestProcedure = authedProcedure("backtests.run")
  .input(z.object({ id: z.string().min(1) }))
  .mutation(async ({ ctx, input }) => {
    await cancelBacktest(ctx.ports, input.id);
    return { id: input.id };
  });
