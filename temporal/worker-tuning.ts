import { z } from "zod";
import type { WorkerOptions } from "@temporalio/worker";

const positiveInt = z.coerce.number().int().positive();

/** The worker's tuning knobs, each an SDK option, read from STUDIO_WORKER_* so a deployment can size it without code. */
const ZWorkerTuningEnvSchema = z.object({
  // Not 0: a run's local activities finish inside its cached workflow task, and uncached runs made no progress.
  // Not the SDK's default either: it sizes the cache from the heap limit, and runs resting for hours on an SLA timer
  // then stay cached, so the worker's memory grows with every ticket of the day. Evicted runs replay when they wake.
  STUDIO_WORKER_MAX_CACHED_WORKFLOWS: positiveInt.default(100),
  STUDIO_WORKER_MAX_WORKFLOW_TASKS: positiveInt.optional(),
  STUDIO_WORKER_MAX_LOCAL_ACTIVITIES: positiveInt.optional(),
  STUDIO_WORKER_WORKFLOW_TASK_POLLS: positiveInt.optional(),
  STUDIO_WORKER_STICKY_TIMEOUT_MS: positiveInt.optional(),
});

export type TWorkerTuning = Pick<
  WorkerOptions,
  | "maxCachedWorkflows"
  | "maxConcurrentWorkflowTaskExecutions"
  | "maxConcurrentLocalActivityExecutions"
  | "maxConcurrentWorkflowTaskPolls"
  | "stickyQueueScheduleToStartTimeout"
>;

/**
 * The SDK's defaults, but for a bounded workflow cache, unless a STUDIO_WORKER_* variable says otherwise (the README's status says what the live bench
 * measured with each). A bad value stops the worker at start with the variable's name.
 */
export function workerTuning(env: Record<string, string | undefined> = process.env): TWorkerTuning {
  const parsed = ZWorkerTuningEnvSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`${String(issue.path[0])} must be a whole number above zero (got "${env[String(issue.path[0])]}")`);
  }
  const t = parsed.data;
  return {
    maxCachedWorkflows: t.STUDIO_WORKER_MAX_CACHED_WORKFLOWS,
    ...(t.STUDIO_WORKER_MAX_WORKFLOW_TASKS !== undefined ? { maxConcurrentWorkflowTaskExecutions: t.STUDIO_WORKER_MAX_WORKFLOW_TASKS } : {}),
    ...(t.STUDIO_WORKER_MAX_LOCAL_ACTIVITIES !== undefined ? { maxConcurrentLocalActivityExecutions: t.STUDIO_WORKER_MAX_LOCAL_ACTIVITIES } : {}),
    ...(t.STUDIO_WORKER_WORKFLOW_TASK_POLLS !== undefined ? { maxConcurrentWorkflowTaskPolls: t.STUDIO_WORKER_WORKFLOW_TASK_POLLS } : {}),
    ...(t.STUDIO_WORKER_STICKY_TIMEOUT_MS !== undefined ? { stickyQueueScheduleToStartTimeout: t.STUDIO_WORKER_STICKY_TIMEOUT_MS } : {}),
  };
}

const ZBacktestWorkerTuningEnvSchema = z.object({
  STUDIO_BACKTEST_WORKER_MAX_ACTIVITIES: positiveInt.default(4),
});

export type TBacktestWorkerTuning = Pick<WorkerOptions, "maxConcurrentActivityTaskExecutions" | "maxConcurrentWorkflowTaskExecutions" | "maxCachedWorkflows">;

/**
 * The backtest worker's limits, apart from the live one's: chunks in flight on this process (as many as one
 * backtest asks for by default, BACKTEST_CONCURRENCY), and a small workflow side, since a backtest workflow only
 * hands out chunks. A bad value stops the worker at start with the variable's name.
 */
export function backtestWorkerTuning(env: Record<string, string | undefined> = process.env): TBacktestWorkerTuning {
  const parsed = ZBacktestWorkerTuningEnvSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`${String(issue.path[0])} must be a whole number above zero (got "${env[String(issue.path[0])]}")`);
  }
  return { maxConcurrentActivityTaskExecutions: parsed.data.STUDIO_BACKTEST_WORKER_MAX_ACTIVITIES, maxConcurrentWorkflowTaskExecutions: 4, maxCachedWorkflows: 50 };
}
