import "server-only";
import type { PrismaClient } from "@prisma/client";
import { isLeftBehind } from "../../lib/process-owner";
import { failBacktest } from "./finish-backtest";

/** Starts the chunked (Temporal) runner on an existing run; wired by the process's composition root. */
export type ResumeOnTemporal = (runId: string, chunkCount: number) => Promise<void>;

export interface RecoveredBacktests {
  resumed: string[];
  failed: string[];
}

/**
 * In-process backtests whose process died mid-run. Their completed chunks are stored, and the chunked runner
 * skips completed chunks, so with Temporal at hand the run is resumed there (and survives any later restart);
 * without it, it is failed with the reason. Chunked runs are Temporal's already and are left to it.
 */
export async function recoverInterruptedBacktests(prisma: PrismaClient, resume?: ResumeOnTemporal): Promise<RecoveredBacktests> {
  const open = await prisma.backtestRun.findMany({
    where: { status: { in: ["queued", "running"] }, mode: "in-process" },
    select: { id: true, owner: true, _count: { select: { chunks: true } } },
  });
  const result: RecoveredBacktests = { resumed: [], failed: [] };
  for (const run of open) {
    if (!isLeftBehind(run.owner)) continue;
    let reason = "The backtest stopped with the process running it; start it again (the answers it computed are kept)";
    if (resume) {
      try {
        await prisma.backtestRun.update({ where: { id: run.id }, data: { mode: "temporal", owner: null } });
        await resume(run.id, run._count.chunks);
        result.resumed.push(run.id);
        continue;
      } catch (error) {
        reason = `The backtest stopped with the process running it and could not be resumed: ${(error as Error).message}`;
      }
    }
    await failBacktest(prisma, run.id, reason);
    result.failed.push(run.id);
  }
  return result;
}
