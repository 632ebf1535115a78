import "server-only";
import { z } from "zod";
import { authedProcedure } from "@/server/api/trpc";
import { listBacktestEntries } from "@/server/services/backtests/backtest-lists";

/** Recent runs, newest first, optionally of one flow, with the flow's name and the automation change. */
export const listBacktestsProcedure = authedProcedure("backtests.read")
  .input(z.object({ flowId: z.string().min(1).optional() }).default({}))
  .query(({ ctx, input }) => listBacktestEntries(ctx.prisma, input));
