import "server-only";
import type { PrismaClient } from "@prisma/client";
import type { BacktestResult } from "../../../workflows/interpret/replay/types";
import type { THeadlineDelta } from "../../../lib/backtests/headline-deltas";
import { listBacktests, type BacktestListRow } from "./backtest-view";
import { runNodeLabels } from "./run-node-labels";
import { storedHeadline } from "./stored-headline";

/**
 * What the backtest pages list beside a run's own fields: the flow's name and the headline changes, the
 * history's categories, queues and span for the start dialog, and the candidate's decision counts for the rules.
 */
export interface BacktestListEntry extends BacktestListRow {
  flowName: string | null;
  /** Automation, routing accuracy, escalations and SLA breaches, candidate against baseline; empty until completed. */
  headline: THeadlineDelta[];
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
  const headlines = new Map(results.map((r) => [r.id, storedHeadline(r.id, r.result)]));
  return runs.map((run) => ({
    ...run,
    flowName: run.flowId === null ? null : (names.get(run.flowId) ?? null),
    headline: headlines.get(run.id) ?? [],
  }));
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

/**
 * How often each node's decision fired in the candidate, with the node's label (what a person reads, from the
 * run's plans or, for a run stored without them, its graphs); empty until the run completes, null for an unknown run.
 */
export async function backtestRuleHits(
  prisma: PrismaClient,
  id: string,
): Promise<Array<{ nodeId: string; nodeLabel: string; decision: string; count: number }> | null> {
  const run = await prisma.backtestRun.findUnique({ where: { id }, select: { result: true } });
  if (run === null) return null;
  const hits = (run.result as unknown as BacktestResult | null)?.candidate.nodeHits ?? {};
  const labels = await runNodeLabels(prisma, id);
  return Object.entries(hits).flatMap(([nodeId, decisions]) =>
    Object.entries(decisions).map(([decision, branch]) => ({ nodeId, nodeLabel: labels.get(nodeId) ?? nodeId, decision, count: branch.count })),
  );
}
