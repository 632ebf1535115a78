import "server-only";
import path from "node:path";

/**
 * Where all embedded state lives (database files, Temporal's SQLite file, logs). STUDIO_DATA_DIR moves
 * it, so a test or a second instance can run on a fresh directory.
 */
export function dataDir(): string {
  return path.resolve(process.env.STUDIO_DATA_DIR ?? ".data");
}

export const TEMPORAL_NAMESPACE = process.env.TEMPORAL_NAMESPACE ?? "default";
/** The task queue the ticket-flow worker polls. */
export const TASK_QUEUE = process.env.TEMPORAL_TASK_QUEUE ?? "ticket-flows";
/**
 * The task queue backtests run on, polled by a worker of its own: a large replay's workflow and chunk tasks wait
 * there, never in front of live tickets' tasks.
 */
export const BACKTEST_TASK_QUEUE = process.env.TEMPORAL_BACKTEST_TASK_QUEUE ?? "backtests";
