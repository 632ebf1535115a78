import { actorOf } from "@/server/api/actor";
import { authedProcedure } from "@/server/api/trpc";
import { startBacktest, ZStartBacktestSchema } from "@/server/services/backtests/start-backtest";
import { withBacktestErrors } from "./backtest-errors";

/** Starts a backtest (in the background, or as a Temporal workflow when large); the page then polls `get`. */
export const startBacktestProcedure = authedProcedure("backtests.run")
  .input(ZStartBacktestSchema)
  .mutation(async ({ ctx, input }) => {
    const { id } = await withBacktestErrors(() => startBacktest(ctx.prisma, input, actorOf(ctx.user)));
    return { id };
  });
