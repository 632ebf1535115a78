import { ActivityFailure, ApplicationFailure, CancellationScope, defineQuery, isCancellation, proxyActivities, setHandler } from "@temporalio/workflow";
import {
  BACKTEST_PROGRESS_QUERY,
  DEFAULT_BACKTEST_CONCURRENCY,
  type BacktestActivities,
  type BacktestWorkflowInput,
  type BacktestWorkflowProgress,
} from "./backtest-contract";
import { runWithLimit } from "./run-with-limit";

/**
 * The chunked backtest: a large selection is split into chunks (BacktestChunk rows, made by startBacktest),
 * each replayed by one `runBacktestChunk` activity, so every worker polling the task queue shares the work.
 * It only orchestrates: replay, metrics and storage are the same services the in-process runner uses.
 *
 * Crash safety comes from the chunk activity: a chunk's results are written in one transaction and a
 * completed chunk is skipped when run again, so a chunk retried after its worker died is replayed once.
 */
export const backtestProgressQuery = defineQuery<BacktestWorkflowProgress>(BACKTEST_PROGRESS_QUERY);

const chunks = proxyActivities<Pick<BacktestActivities, "runBacktestChunk">>({
  // A chunk of a few thousand tickets takes seconds; the bound is for a stuck one, not a slow one.
  startToCloseTimeout: "30 minutes",
  // A chunk heartbeats every few seconds: a silent one is on a dead worker and is retried elsewhere.
  heartbeatTimeout: "15 seconds",
  retry: { initialInterval: "1 second", backoffCoefficient: 2, maximumInterval: "1 minute", maximumAttempts: 8 },
});

const bookkeeping = proxyActivities<Pick<BacktestActivities, "finishBacktest" | "failBacktest">>({
  startToCloseTimeout: "2 minutes",
  retry: { initialInterval: "1 second", backoffCoefficient: 2, maximumInterval: "30 seconds", maximumAttempts: 10 },
});

export async function backtestWorkflow({ runId, chunkCount, concurrency = DEFAULT_BACKTEST_CONCURRENCY }: BacktestWorkflowInput): Promise<BacktestWorkflowProgress> {
  const progress: BacktestWorkflowProgress = { completedChunks: 0, chunkCount, processed: 0 };
  setHandler(backtestProgressQuery, () => ({ ...progress }));

  const scope = new CancellationScope();
  let failedChunk: number | null = null;
  try {
    await scope.run(() =>
      runWithLimit(chunkCount, Math.max(1, Math.floor(concurrency)), async (index) => {
        try {
          const done = await chunks.runBacktestChunk({ runId, index });
          progress.completedChunks++;
          progress.processed += done.processed;
        } catch (err) {
          failedChunk ??= index;
          throw err;
        }
      }),
    );
    await bookkeeping.finishBacktest({ runId });
  } catch (err) {
    // The other chunks in flight are of no use once one has failed for good (or finishing has).
    scope.cancel();
    const message = isCancellation(err)
      ? "The backtest was cancelled"
      : `${failedChunk === null ? "" : `Chunk ${failedChunk + 1} of ${chunkCount} failed: `}${failureMessage(err)}`;
    await CancellationScope.nonCancellable(() => bookkeeping.failBacktest({ runId, message }));
    if (isCancellation(err)) throw err;
    throw ApplicationFailure.nonRetryable(message, "BacktestFailed");
  }
  return { ...progress };
}

function failureMessage(err: unknown): string {
  if (err instanceof ActivityFailure) return err.cause?.message ?? err.message;
  return err instanceof Error ? err.message : String(err);
}
