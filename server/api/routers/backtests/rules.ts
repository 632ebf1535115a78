import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { authedProcedure } from "@/server/api/trpc";
import type { BacktestResult } from "@/server/backtest/types";

/**
 * How often each node's decision fired in the candidate (nodeHits), for the "Rules" section: each row links
 * to the tickets it matched (ruleTickets). Empty until the run has completed.
 */
export const backtestRulesProcedure = authedProcedure("backtests.read")
  .input(z.object({ id: z.string().min(1) }))
  .query(async ({ ctx, input }) => {
    const run = await ctx.prisma.backtestRun.findUnique({ where: { id: input.id }, select: { result: true } });
    if (run === null) throw new TRPCError({ code: "NOT_FOUND", message: `There is no backtest with id "${input.id}".` });
    const hits = (run.result as unknown as BacktestResult | null)?.candidate.nodeHits ?? {};
    return Object.entries(hits).flatMap(([nodeId, decisions]) =>
      Object.entries(decisions).map(([decision, branch]) => ({ nodeId, decision, count: branch.count })),
    );
  });
