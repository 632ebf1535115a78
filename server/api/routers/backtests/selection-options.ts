import "server-only";
import { authedProcedure } from "@/server/api/trpc";
import { backtestSelectionOptions } from "@/server/services/backtests/backtest-lists";

/** What the start dialog offers: the history's categories, queues and span. */
export const backtestSelectionOptionsProcedure = authedProcedure("backtests.read").query(({ ctx }) => backtestSelectionOptions(ctx.prisma));
