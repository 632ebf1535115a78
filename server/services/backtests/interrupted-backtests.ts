import "server-only";
import type { PrismaClient } from "@prisma/client";
import { isLeftBehind } from "../../lib/process-owner";
import type { BacktestRunner } from "./backtest-runner";
import { failBacktest } from "./finish-backtest";

export interface RecoveredBacktests {
  resumed: string[];
  failed: string[];
}

/**
 * In-process backtests whose process died mid-run. Their completed chunks are stored, and the chunked runner
 * skips completed chunks, so with Temporal at hand the run is resumed there (and survives any later restart);
 * without it (`resumeOn`, the chunked runner, wired by the process's composition root), it is failed with the reason. Chunked runs are Temporal's already and are left to it.
 */
export async function recoverInterruptedBacktests(prisma: PrismaClient, resumeOn?: BacktestRunner): Promise<RecoveredBacktests> {
  const open = await prisma.backtestRun.findMany({
    where: { status: { in: ["queued", "running"] }, mode: "in-process" },
    select: { id: true, owner: true, _count: { select: { chunks: true } } },
  });
  const result: RecoveredBacktests = { resumed: [], failed: [] };
  for (const run of open) {
    if (!isLeftBehind(run.owner)) continue;
    let reason = "The backtest stopped with the process running it; start it again (the answers it computed are kept)";
    if (resumeOn) {
      try {
        await prisma.backtestRun.update({ where: { id: run.id }, data: { mode: "temporal", owner: null } });
        const started = await resumeOn.start({ id: run.id, chunkCount: run._count.chunks });
        await prisma.backtestRun.update({ where: { id: run.id }, data: { workflowId: started.workflowId } });
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
