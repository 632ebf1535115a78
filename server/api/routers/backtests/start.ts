import "server-only";
import { actorOf } from "@/server/api/actor";
import { authedProcedure } from "@/server/api/trpc";
import { startBacktest, ZStartBacktestSchema } from "@/server/services/backtests/start-backtest";

/** Starts a backtest (in the background, or as a Temporal workflow when large); the page then polls `get`. */
export const startBacktestProcedure = authedProcedure("backtests.run")
  .input(ZStartBacktestSchema)
  .mutation(async ({ ctx, input }) => {
    const { id } = await startBacktest(ctx.ports, input, actorOf(ctx.user));
    return { id };
  });
