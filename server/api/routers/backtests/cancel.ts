import { z } from "zod";
import { authedProcedure } from "@/server/api/trpc";
import { cancelBacktest } from "@/server/services/backtests/cancel-backtest";
import { withBacktestErrors } from "./backtest-errors";

/** Stops a queued or running backtest; what it completed so far is kept. */
export const cancelBacktestProcedure = authedProcedure("backtests.run")
  .input(z.object({ id: z.string().min(1) }))
  .mutation(async ({ ctx, input }) => {
    await withBacktestErrors(() => cancelBacktest(ctx.prisma, input.id));
    return { id: input.id };
  });
