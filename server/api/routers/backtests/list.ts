import { z } from "zod";
import { authedProcedure } from "@/server/api/trpc";
import type { BacktestMetrics, BacktestResult } from "@/server/backtest/types";
import { listBacktests } from "@/server/services/backtests/backtest-view";

/**
 * Recent runs, newest first, optionally of one flow, with the flow's name and, once completed, the change in
 * automation rate (candidate minus baseline, a fraction) for the list's headline column.
 */
export const listBacktestsProcedure = authedProcedure("backtests.read")
  .input(z.object({ flowId: z.string().min(1).optional() }).default({}))
  .query(async ({ ctx, input }) => {
    const runs = await listBacktests(ctx.prisma, input);
    const flowIds = [...new Set(runs.flatMap((r) => (r.flowId === null ? [] : [r.flowId])))];
    const completed = runs.filter((r) => r.status === "completed").map((r) => r.id);
    const [flows, results] = await Promise.all([
      ctx.prisma.flow.findMany({ where: { id: { in: flowIds } }, select: { id: true, name: true } }),
      ctx.prisma.backtestRun.findMany({ where: { id: { in: completed } }, select: { id: true, result: true } }),
    ]);
    const names = new Map(flows.map((f) => [f.id, f.name]));
    const deltas = new Map(results.map((r) => [r.id, automationDelta(r.result as unknown as BacktestResult | null)]));
    return runs.map((run) => ({
      ...run,
      flowName: run.flowId === null ? null : (names.get(run.flowId) ?? null),
      automationDelta: deltas.get(run.id) ?? null,
    }));
  });

function automationDelta(result: BacktestResult | null): number | null {
  if (result === null) return null;
  const rate = (m: BacktestMetrics) => (m.tickets === 0 ? null : m.outcomes.automated / m.tickets);
  const c = rate(result.candidate);
  const b = rate(result.baseline);
  return c === null || b === null ? null : c - b;
}
