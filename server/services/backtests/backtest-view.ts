import "server-only";
import type { BacktestStatus, PrismaClient } from "@prisma/client";
import { compareMetrics, type TMetricDelta } from "../../../lib/backtests/compare-metrics";
import { metricsView, type TMetricsView } from "../../../lib/backtests/metrics-view";
import type { TTicketSelection } from "./ticket-selection";
import type { BacktestResult, BaselineKind } from "../../../workflows/interpret/replay/types";
import { backtestCaveats, type TAnsweringModel, type TBacktestCaveat } from "./backtest-caveats";
import { progressOf, type BacktestProgress } from "./backtest-progress";
import { liveProgressOf } from "./live-progress";

export { changedTicketDetail, listChangedTickets, ruleMatches } from "./changed-tickets";

export interface BacktestView {
  id: string;
  flowId: string | null;
  /** The flow's name, for the breadcrumb (null when the flow is gone). */
  flowName: string | null;
  status: BacktestStatus;
  mode: string;
  candidateLabel: string;
  baselineLabel: string;
  baselineKind: BaselineKind;
  selection: TTicketSelection;
  createdAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
  error: string | null;
  modelVersion: string | null;
  /** The model behind modelVersion, named (null before the run has one). */
  model: TAnsweringModel | null;
  /** What makes a figure less trustworthy than it looks (shown with the results). */
  caveats: TBacktestCaveat[];
  progress: BacktestProgress;
  result: null | { candidate: TMetricsView; baseline: TMetricsView; deltas: TMetricDelta[]; changedCount: number };
}

/** A run as its page shows it: progress while it runs, the two sides' metrics and their deltas once done. */
export async function getBacktestView(prisma: PrismaClient, id: string, now = new Date()): Promise<BacktestView | null> {
  const run = await prisma.backtestRun.findUnique({ where: { id } });
  if (run === null) return null;
  const live = liveProgressOf(id);
  const processed = run.status === "running" && live !== undefined ? Math.max(run.processed, live) : run.processed;
  const result = run.result === null ? null : resultView(run.result as unknown as BacktestResult);
  const flow = run.flowId === null ? null : await prisma.flow.findUnique({ where: { id: run.flowId }, select: { name: true } });
  const { model, caveats } = await backtestCaveats(prisma, {
    modelVersion: run.modelVersion,
    candidateGraph: run.candidateGraph,
    baselineGraph: run.baselineGraph,
    intentAccuracy: result?.candidate.intent.accuracy ?? null,
    metrics: run.result === null ? null : (run.result as unknown as BacktestResult),
  });
  return {
    id: run.id,
    flowId: run.flowId,
    flowName: flow?.name ?? null,
    status: run.status,
    mode: run.mode,
    candidateLabel: run.candidateLabel,
    baselineLabel: run.baselineLabel,
    baselineKind: run.baselineKind as BaselineKind,
    selection: run.selection as unknown as TTicketSelection,
    createdAt: run.createdAt,
    startedAt: run.startedAt,
    finishedAt: run.finishedAt,
    error: run.error,
    modelVersion: run.modelVersion,
    model,
    caveats,
    progress: progressOf({ ...run, processed }, now),
    result,
  };
}

export function resultView(result: BacktestResult): NonNullable<BacktestView["result"]> {
  const candidate = metricsView(result.candidate);
  const baseline = metricsView(result.baseline);
  return { candidate, baseline, deltas: compareMetrics(candidate, baseline, result.baselineKind), changedCount: result.changedCount };
}

export interface BacktestListRow {
  id: string;
  flowId: string | null;
  status: BacktestStatus;
  mode: string;
  candidateLabel: string;
  baselineLabel: string;
  total: number;
  processed: number;
  changedCount: number | null;
  author: string;
  createdAt: Date;
  finishedAt: Date | null;
  error: string | null;
}

const LIST_LIMIT = 100;

/** The newest runs (of one flow, when given) for a list page. */
export async function listBacktests(prisma: PrismaClient, filter: { flowId?: string } = {}): Promise<BacktestListRow[]> {
  const runs = await prisma.backtestRun.findMany({
    where: filter.flowId === undefined ? {} : { flowId: filter.flowId },
    orderBy: { createdAt: "desc" },
    take: LIST_LIMIT,
    select: {
      id: true, flowId: true, status: true, mode: true, candidateLabel: true, baselineLabel: true, total: true, processed: true,
      author: true, createdAt: true, finishedAt: true, error: true, _count: { select: { changed: true } },
    },
  });
  return runs.map(({ _count, ...run }) => ({ ...run, changedCount: run.status === "completed" ? _count.changed : null }));
}
