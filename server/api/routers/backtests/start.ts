import "server-only";
import { actorOf } from "@/server/api/actor";
import { authedProcedure } from "@/server/api/trpc";
import { startBacktest, ZStartBacktestRequestSchema } from "@/server/services/backtests/start-backtest";

/**
 * Starts a backtest (in the background, or as a Temporal workflow when large: the server picks by size, never the
 * caller); the page then polls `get`.
 */
export const startBacktestProcedure = authedProcedure("backtests.run")
  .input(ZStartBacktestRequestSchema)
  .mutation(async ({ ctx, input }) => {
    const { id } = await startBacktest(ctx.ports, { ...input, runner: "auto" }, actorOf(ctx.user));
    return { id };
  });
