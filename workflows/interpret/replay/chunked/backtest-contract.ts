/**
 * Names and payloads of the chunked backtest workflow, kept free of Temporal imports so the web app, the
 * CLI and the starter can start and query it without bundling workflow code.
 */
export const BACKTEST_WORKFLOW = "backtestWorkflow";
export const BACKTEST_PROGRESS_QUERY = "backtestProgress";
/** Chunks replayed at once per backtest; each worker machine takes whichever chunk tasks it polls. */
export const DEFAULT_BACKTEST_CONCURRENCY = 4;

export interface BacktestWorkflowInput {
  runId: string;
  chunkCount: number;
  concurrency?: number;
}

/** What the `backtestProgress` query answers: counted from completed chunks only. */
export interface BacktestWorkflowProgress {
  completedChunks: number;
  chunkCount: number;
  processed: number;
}

export interface BacktestChunkOutcome {
  /** Tickets of the chunk that are now done (all of them, also when the chunk was found already completed). */
  processed: number;
  changed: number;
  /** The chunk had already completed (a retry after its worker died between commit and report). */
  skipped: boolean;
}

/** The activities the workflow calls: thin adapters over server/services/backtests. */
export interface BacktestActivities {
  runBacktestChunk(input: { runId: string; index: number }): Promise<BacktestChunkOutcome>;
  finishBacktest(input: { runId: string }): Promise<void>;
  failBacktest(input: { runId: string; message: string }): Promise<void>;
}
