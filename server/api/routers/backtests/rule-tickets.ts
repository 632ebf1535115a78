import "server-only";
import { z } from "zod";
import { authedProcedure } from "@/server/api/trpc";
import { ruleMatches } from "@/server/services/backtests/backtest-view";

/** The tickets a node's decision matched in the candidate (the sample kept per branch), for "which tickets did this rule catch". */
export const ruleTicketsProcedure = authedProcedure("backtests.read")
  .input(z.object({ id: z.string().min(1), nodeId: z.string().min(1), decision: z.string() }))
  .query(({ ctx, input }) => ruleMatches(ctx.prisma, input.id, input.nodeId, input.decision));
