import "server-only";
import type { Prisma, PrismaClient } from "@prisma/client";
import { createMetrics, mergeMetrics } from "../../../workflows/interpret/replay/metrics";
import type { BacktestResult, BaselineKind } from "../../../workflows/interpret/replay/types";
import type { ChunkResult } from "./run-backtest-chunk";

/**
 * Completes a run once every chunk has: merges the chunks' metrics in chunk order (so the Temporal and the
 * in-process runs add up to the same result) and stores it with the run's throughput.
 */
export async function finishBacktest(prisma: PrismaClient, runId: string): Promise<void> {
  const run = await prisma.backtestRun.findUniqueOrThrow({ where: { id: runId }, select: { baselineKind: true, total: true, startedAt: true, modelVersion: true } });
  const chunks = await prisma.backtestChunk.findMany({ where: { runId }, orderBy: { index: "asc" }, select: { index: true, status: true, result: true } });
  const pending = chunks.filter((c) => c.status !== "completed").map((c) => c.index);
  if (pending.length > 0) throw new Error(`Backtest ${runId} cannot finish: chunks ${pending.join(", ")} have not completed`);

  const candidate = createMetrics();
  const baseline = createMetrics();
  let changedCount = 0;
  for (const chunk of chunks) {
    const result = chunk.result as unknown as ChunkResult;
    mergeMetrics(candidate, result.candidate);
    mergeMetrics(baseline, result.baseline);
    changedCount += result.changedCount;
  }
  const finishedAt = new Date();
  const startedAt = run.startedAt ?? finishedAt;
  const seconds = (finishedAt.getTime() - startedAt.getTime()) / 1000;
  const modelVersion = run.modelVersion ?? (chunks[0]?.result as unknown as ChunkResult | undefined)?.modelVersion ?? "none";
  const result: BacktestResult = { candidate, baseline, baselineKind: run.baselineKind as BaselineKind, changedCount, modelVersion };
  // A run cancelled while its last chunk finished stays cancelled: someone asked for it to stop.
  await prisma.backtestRun.updateMany({
    where: { id: runId, status: { not: "cancelled" } },
    data: {
      status: "completed",
      result: result as unknown as Prisma.InputJsonValue,
      processed: run.total,
      startedAt,
      finishedAt,
      modelVersion,
      ticketsPerSecond: seconds > 0 ? run.total / seconds : null,
      error: null,
    },
  });
}

/** Marks a run failed with the reason, shown on its page; completed chunks are kept. A cancelled run stays cancelled. */
export async function failBacktest(prisma: PrismaClient, runId: string, message: string): Promise<void> {
  await prisma.backtestRun.updateMany({ where: { id: runId, status: { not: "cancelled" } }, data: { status: "failed", error: message, finishedAt: new Date() } });
}
