import "server-only";
import type { PrismaClient } from "@prisma/client";
import { metricsView } from "../../../lib/backtests/metrics-view";
import { diffGraphs } from "../../../workflows/diff";
import type { BacktestResult } from "../../../workflows/interpret/replay/types";
import type { TLooseFlowGraph } from "../../../workflows/model/graph";
import { ZLooseFlowGraphSchema } from "../../../workflows/model/graph";

/** The headline of a completed backtest, for a confirm that asks "ship this?". Rates are fractions (0..1). */
export interface TBacktestFigures {
  id: string;
  finishedAt: Date | null;
  candidateLabel: string;
  baselineLabel: string;
  tickets: number;
  automationRate: number | null;
  /** Share of compared tickets routed to the queue their history went to; null when none could be compared. */
  routingAccuracy: number | null;
  escalations: number;
  slaBreaches: number;
}

/** How many recent runs of the flow are searched for one of this graph. */
const RECENT_RUNS = 30;

/**
 * The newest completed backtest of exactly this flow graph: a run whose candidate was this version, or any run
 * whose candidate decides tickets the same way (layout and ids aside), such as the draft before it was published.
 * Null when this graph was never backtested.
 */
export async function lastBacktestFigures(prisma: PrismaClient, flowId: string, target: { versionId: string | null; graph: TLooseFlowGraph }): Promise<TBacktestFigures | null> {
  const runs = await prisma.backtestRun.findMany({
    where: { flowId, status: "completed" },
    orderBy: { createdAt: "desc" },
    take: RECENT_RUNS,
    select: { id: true, finishedAt: true, candidateVersionId: true, candidateGraph: true, candidateLabel: true, baselineLabel: true, result: true },
  });
  const run = runs.find((r) => r.result !== null && ((target.versionId !== null && r.candidateVersionId === target.versionId) || sameBehaviour(r.candidateGraph, target.graph)));
  if (run === undefined) return null;
  const candidate = metricsView((run.result as unknown as BacktestResult).candidate);
  return {
    id: run.id,
    finishedAt: run.finishedAt,
    candidateLabel: run.candidateLabel,
    baselineLabel: run.baselineLabel,
    tickets: candidate.tickets,
    automationRate: candidate.automationRate,
    routingAccuracy: candidate.routing.accuracy,
    escalations: candidate.outcomes.escalated,
    slaBreaches: candidate.slaBreaches,
  };
}

function sameBehaviour(stored: unknown, graph: TLooseFlowGraph): boolean {
  const parsed = ZLooseFlowGraphSchema.safeParse(stored);
  return parsed.success && diffGraphs(parsed.data, graph).behaviourUnchanged;
}
