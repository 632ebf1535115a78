import "server-only";
import { isCancelled } from "./cancel-backtest";
import { finishBacktest, failBacktest } from "./finish-backtest";
import { runBacktestChunk, type BacktestDeps } from "./run-backtest-chunk";
import { clearLiveProgress, setLiveProgress } from "./live-progress";

/**
 * Runs a backtest's chunks one after another in this process, then finishes it. Chunks already completed (a
 * resumed run) are skipped; a cancelled run stops before its next chunk. A failure is stored on the run and
 * rethrown to whoever awaits it.
 */
export async function executeBacktestInProcess(deps: BacktestDeps, runId: string): Promise<void> {
  try {
    const chunks = await deps.prisma.backtestChunk.findMany({ where: { runId }, orderBy: { index: "asc" }, select: { index: true } });
    let done = (await deps.prisma.backtestRun.findUniqueOrThrow({ where: { id: runId }, select: { processed: true } })).processed;
    for (const { index } of chunks) {
      if (await isCancelled(deps.prisma, runId)) return;
      const chunk = await runBacktestChunk(deps, runId, index, (processed) => setLiveProgress(runId, done + processed));
      done += chunk.processed;
    }
    await finishBacktest(deps.prisma, runId);
  } catch (err) {
    await failBacktest(deps.prisma, runId, err instanceof Error ? err.message : String(err)).catch(() => undefined);
    throw err;
  } finally {
    clearLiveProgress(runId);
  }
}
