import { QueryNotRegisteredError, WorkflowExecutionAlreadyStartedError, WorkflowNotFoundError, type WorkflowHandle } from "@temporalio/client";
import type { BacktestRunner } from "../server/services/backtests/backtest-runner";
import { BACKTEST_TASK_QUEUE } from "../server/env";
import {
  BACKTEST_PROGRESS_QUERY,
  BACKTEST_WORKFLOW,
  DEFAULT_BACKTEST_CONCURRENCY,
  type BacktestWorkflowInput,
  type BacktestWorkflowProgress,
} from "../workflows/interpret/replay/chunked/backtest-contract";
import { getTemporalClient } from "./client";

/**
 * The chunked BacktestRunner: the run becomes a Temporal workflow on the backtest task queue, whose chunk activities
 * every worker polling that queue shares (live tickets have a queue of their own), and cancelling it cancels the
 * chunks in flight.
 */
export function temporalBacktestRunner(): BacktestRunner {
  return {
    async start(run) {
      const started = await startBacktestWorkflow(run.id, run.chunkCount);
      return { workflowId: started.workflowId, finished: started.result };
    },
    async cancel({ workflowId }) {
      if (workflowId !== null) await cancelBacktestWorkflow(workflowId);
    },
  };
}

export function backtestWorkflowId(runId: string): string {
  return `backtest-${runId}`;
}

/**
 * Starts the chunked backtest of a run whose BacktestChunk rows exist; the caller records the workflow id on
 * the run, so its page can query progress. Starting twice is harmless: the same run has the same workflow id.
 * Names the workflow by string so the web bundle never imports workflow code.
 */
async function startBacktestWorkflow(runId: string, chunkCount: number): Promise<{ workflowId: string; result: () => Promise<void> }> {
  const client = await getTemporalClient();
  const workflowId = backtestWorkflowId(runId);
  const input: BacktestWorkflowInput = { runId, chunkCount, concurrency: concurrencyFromEnv() };
  let handle: WorkflowHandle;
  try {
    handle = await client.workflow.start(BACKTEST_WORKFLOW, { taskQueue: BACKTEST_TASK_QUEUE, workflowId, args: [input] });
  } catch (err) {
    if (!(err instanceof WorkflowExecutionAlreadyStartedError)) throw err;
    handle = client.workflow.getHandle(workflowId);
  }
  return {
    workflowId,
    result: async () => {
      await handle.result();
    },
  };
}

/**
 * The workflow's own count of completed chunks, or null when there is no such workflow. The run's
 * `processed` column says the same from the database; this also works while the database is busy.
 */
export async function queryBacktestProgress(workflowId: string): Promise<BacktestWorkflowProgress | null> {
  const client = await getTemporalClient();
  try {
    return await client.workflow.getHandle(workflowId).query<BacktestWorkflowProgress>(BACKTEST_PROGRESS_QUERY);
  } catch (err) {
    if (err instanceof WorkflowNotFoundError || err instanceof QueryNotRegisteredError) return null;
    throw err;
  }
}

/** Cancels a backtest's workflow (its chunks in flight are cancelled through their heartbeats); one that has ended is left alone. */
async function cancelBacktestWorkflow(workflowId: string): Promise<void> {
  const client = await getTemporalClient();
  try {
    await client.workflow.getHandle(workflowId).cancel();
  } catch (err) {
    if (!(err instanceof WorkflowNotFoundError)) throw err;
  }
}

/** BACKTEST_CONCURRENCY: chunks in flight per backtest (default 4); more when more worker machines share it. */
function concurrencyFromEnv(): number {
  const raw = process.env.BACKTEST_CONCURRENCY;
  if (raw === undefined || raw === "") return DEFAULT_BACKTEST_CONCURRENCY;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new Error(`BACKTEST_CONCURRENCY must be a positive integer, got "${raw}"`);
  return value;
}
