import "server-only";
/** Where a stored backtest's chunks run: this process, or a chunked Temporal workflow that workers share. */
export type TBacktestMode = "in-process" | "temporal";

/**
 * Runs the chunks of a stored backtest run (its BacktestChunk rows exist) and stops them. The service decides
 * which runner takes a run and records the run's state; a runner only carries the chunks out.
 */
export interface BacktestRunner {
  /**
   * Starts the run's chunks and resolves once they are under way: with the Temporal workflow id that names the
   * run (null in-process) and `finished`, which settles when the run has ended and rejects when it failed.
   */
  start(run: { id: string; chunkCount: number }): Promise<{ workflowId: string | null; finished: () => Promise<void> }>;
  /** Stops a run already marked cancelled; one that has ended is left alone. */
  cancel(run: { id: string; workflowId: string | null }): Promise<void>;
}

/** One runner per mode, so the service picks by the selection's size and the caller's choice. */
export type BacktestRunners = Record<TBacktestMode, BacktestRunner>;
