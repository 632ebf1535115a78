import "server-only";
import type { PrismaClient } from "@prisma/client";
import type { BacktestMetrics, BacktestResult } from "../../../workflows/interpret/replay/types";
import { listBacktests, type BacktestListRow } from "./backtest-view";

/**
 * What the backtest pages list beside a run's own fields: the flow's name and the automation change, the
 * history's categories, queues and span for the start dialog, and the candidate's decision counts for the rules.
 */
export interface BacktestListEntry extends BacktestListRow {
  flowName: string | null;
  /** Candidate minus baseline automation rate (a fraction), once completed. */
  automationDelta: number | null;
}

export async function listBacktestEntries(prisma: PrismaClient, filter: { flowId?: string } = {}): Promise<BacktestListEntry[]> {
  const runs = await listBacktests(prisma, filter);
  const flowIds = [...new Set(runs.flatMap((r) => (r.flowId === null ? [] : [r.flowId])))];
  const completed = runs.filter((r) => r.status === "completed").map((r) => r.id);
  const [flows, results] = await Promise.all([
    prisma.flow.findMany({ where: { id: { in: flowIds } }, select: { id: true, name: true } }),
    prisma.backtestRun.findMany({ where: { id: { in: completed } }, select: { id: true, result: true } }),
  ]);
  const names = new Map(flows.map((f) => [f.id, f.name]));
  const deltas = new Map(results.map((r) => [r.id, automationDelta(r.result as unknown as BacktestResult | null)]));
  return runs.map((run) => ({
    ...run,
    flowName: run.flowId === null ? null : (names.get(run.flowId) ?? null),
    automationDelta: deltas.get(run.id) ?? null,
  }));
}

function automationDelta(result: BacktestResult | null): number | null {
  if (result === null) return null;
  const rate = (m: BacktestMetrics) => (m.tickets === 0 ? null : m.outcomes.automated / m.tickets);
  const c = rate(result.candidate);
  const b = rate(result.baseline);
  return c === null || b === null ? null : c - b;
}

/**
 * The history's categories and recorded queues (most tickets first) and its span, so the default range is the
 * last 90 days of history, not of the clock.
 */
export async function backtestSelectionOptions(prisma: PrismaClient) {
  const [categories, queues, span] = await Promise.all([
    prisma.ticket.groupBy({
      by: ["category"],
      where: { category: { not: null } },
      _count: { _all: true },
      orderBy: { _count: { category: "desc" } },
      take: 200,
    }),
    prisma.$queryRaw<Array<{ name: string; tickets: number }>>`
      SELECT q.name, count(*)::int AS tickets FROM "Ticket" t JOIN "Queue" q ON q.id = t."queueId"
      GROUP BY q.name ORDER BY tickets DESC, q.name LIMIT 200`,
    prisma.ticket.aggregate({ _min: { createdAt: true }, _max: { createdAt: true }, _count: { _all: true } }),
  ]);
  return {
    categories: categories.flatMap((c) => (c.category === null ? [] : [{ name: c.category, tickets: c._count._all }])),
    queues,
    tickets: span._count._all,
    first: span._min.createdAt,
    last: span._max.createdAt,
  };
}

/** How often each node's decision fired in the candidate; empty until the run completes, null for an unknown run. */
export async function backtestRuleHits(prisma: PrismaClient, id: string): Promise<Array<{ nodeId: string; decision: string; count: number }> | null> {
  const run = await prisma.backtestRun.findUnique({ where: { id }, select: { result: true } });
  if (run === null) return null;
  const hits = (run.result as unknown as BacktestResult | null)?.candidate.nodeHits ?? {};
  return Object.entries(hits).flatMap(([nodeId, decisions]) =>
    Object.entries(decisions).map(([decision, branch]) => ({ nodeId, decision, count: branch.count })),
  );
}
