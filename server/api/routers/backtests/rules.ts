import "server-only";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { authedProcedure } from "@/server/api/trpc";
import { backtestRuleHits } from "@/server/services/backtests/backtest-lists";

/** How often each node's decision fired in the candidate, for the "Rules" section (each row links to ruleTickets). */
export const backtestRulesProcedure = authedProcedure("backtests.read")
  .input(z.object({ id: z.string().min(1) }))
  .query(async ({ ctx, input }) => {
    const hits = await backtestRuleHits(ctx.prisma, input.id);
    if (hits === null) throw new TRPCError({ code: "NOT_FOUND", message: `There is no backtest with id "${input.id}".` });
    return hits;
  });
