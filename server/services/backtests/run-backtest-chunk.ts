import "server-only";
import type { Prisma, PrismaClient } from "@prisma/client";
import type { AiProvider } from "../../ai/provider";
import { createAiAnswerSource } from "./ai-cache";
import { lookupSourcesOf, runBacktest } from "../../../workflows/interpret/replay";
import { dbTicketSource } from "./sources/db-source";
import type { BacktestMetrics, ChangedTicket, HistoricalTicket } from "../../../workflows/interpret/replay/types";
import { planOfStoredSide } from "./backtest-plans";
import { ZWorkspaceCalendarSchema, type TWorkspaceCalendar } from "../../../workflows/model/calendar";
import { writeChangedTickets } from "./write-changed-tickets";

export interface BacktestDeps {
  prisma: PrismaClient;
  ai: AiProvider;
}

/** What a completed chunk stores: its two sides' metrics, merged by finishBacktest in chunk order. */
export interface ChunkResult {
  candidate: BacktestMetrics;
  baseline: BacktestMetrics;
  changedCount: number;
  modelVersion: string;
}

/**
 * Replays one chunk of a run. Idempotent, so Temporal may retry it and a worker crash costs only the chunks
 * that had not completed: a completed chunk is skipped, and a chunk's changed tickets, its result and the
 * run's progress are written in one transaction, only if the chunk is still not completed by then.
 */
export async function runBacktestChunk(
  deps: BacktestDeps,
  runId: string,
  index: number,
  onProgress?: (processed: number) => void,
): Promise<{ processed: number; changed: number; skipped: boolean }> {
  const { prisma } = deps;
  const chunk = await prisma.backtestChunk.findUnique({ where: { runId_index: { runId, index } }, select: { status: true, ticketIds: true } });
  if (chunk === null) throw new Error(`Backtest ${runId} has no chunk ${index}`);
  if (chunk.status === "completed") return { processed: 0, changed: 0, skipped: true };

  const run = await prisma.backtestRun.findUniqueOrThrow({
    where: { id: runId },
    select: {
      candidateLabel: true,
      candidatePlan: true,
      candidateGraph: true,
      baselineLabel: true,
      baselineKind: true,
      baselinePlan: true,
      baselineGraph: true,
      calendar: true,
      startedAt: true,
    },
  });
  const candidate = planOfStoredSide(run.candidateLabel, run.candidatePlan, run.candidateGraph);
  const baseline = run.baselineKind === "history" ? ("history" as const) : planOfStoredSide(run.baselineLabel, run.baselinePlan, run.baselineGraph);
  const ai = await createAiAnswerSource(prisma, deps.ai);
  await prisma.$transaction([
    prisma.backtestChunk.update({ where: { runId_index: { runId, index } }, data: { attempts: { increment: 1 } } }),
    prisma.backtestRun.updateMany({ where: { id: runId, status: "queued" }, data: { status: "running" } }),
    prisma.backtestRun.updateMany({ where: { id: runId, startedAt: null }, data: { startedAt: new Date() } }),
    prisma.backtestRun.update({ where: { id: runId }, data: { modelVersion: ai.modelVersion } }),
  ]);

  const changed: ChangedTicket[] = [];
  const result = await runBacktest({
    candidate,
    baseline,
    tickets: counted(dbTicketSource(prisma, chunk.ticketIds, undefined, { lookupSources: lookupSourcesOf([candidate, baseline]) }), onProgress),
    ai,
    ...calendarOfRun(run.calendar),
    onBatch: (batch) => {
      changed.push(...batch.changed);
    },
  });
  const chunkResult: ChunkResult = { candidate: result.candidate, baseline: result.baseline, changedCount: changed.length, modelVersion: ai.modelVersion };

  const written = await prisma.$transaction(
    async (tx) => {
      // The status check and the write are one statement: of two workers finishing the same chunk, one writes.
      const claimed = await tx.backtestChunk.updateMany({
        where: { runId, index, status: { not: "completed" } },
        data: { status: "completed", result: chunkResult as unknown as Prisma.InputJsonValue, completedAt: new Date() },
      });
      if (claimed.count === 0) return false;
      await writeChangedTickets(tx, runId, changed);
      await tx.backtestRun.update({ where: { id: runId }, data: { processed: { increment: chunk.ticketIds.length } } });
      return true;
    },
    { timeout: 120_000 },
  );
  if (!written) return { processed: 0, changed: 0, skipped: true };
  return { processed: chunk.ticketIds.length, changed: changed.length, skipped: false };
}

/** The calendar stored with the run; a run stored without one replays with the default week. */
function calendarOfRun(stored: unknown): { calendar?: TWorkspaceCalendar } {
  const parsed = ZWorkspaceCalendarSchema.safeParse(stored);
  return parsed.success ? { calendar: parsed.data } : {};
}

/** Reports how many tickets the replay has taken so far, whatever batch size runBacktest uses. */
async function* counted(tickets: AsyncIterable<HistoricalTicket>, onProgress?: (processed: number) => void): AsyncIterable<HistoricalTicket> {
  let n = 0;
  for await (const ticket of tickets) {
    yield ticket;
    n++;
    if (onProgress !== undefined && n % 100 === 0) onProgress(n);
  }
  onProgress?.(n);
}

/**
 * A chunk found already completed was committed by an attempt whose worker died before reporting it: its
 * tickets are done all the same, and the workflow's progress must count them (runBacktestChunk counts only
 * tickets it replays now, which is what the in-process runner adds up).
 */
export async function ticketsInChunk(prisma: PrismaClient, runId: string, index: number): Promise<number> {
  const chunk = await prisma.backtestChunk.findUniqueOrThrow({ where: { runId_index: { runId, index } }, select: { ticketIds: true } });
  return chunk.ticketIds.length;
}
