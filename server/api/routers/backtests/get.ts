import "server-only";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { authedProcedure } from "@/server/api/trpc";
import { getBacktestView } from "@/server/services/backtests/backtest-view";

/** One run: its status and progress while it runs, its metrics and deltas once completed, its error if it failed. */
export const getBacktestProcedure = authedProcedure("backtests.read")
  .input(z.object({ id: z.string().min(1) }))
  .query(async ({ ctx, input }) => {
    const view = await getBacktestView(ctx.prisma, input.id);
    if (view === null) throw new TRPCError({ code: "NOT_FOUND", message: `There is no backtest with id "${input.id}".` });
    return view;
  });
