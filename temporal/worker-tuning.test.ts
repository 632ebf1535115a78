import { describe, expect, it } from "vitest";
import { backtestWorkerTuning, workerTuning } from "./worker-tuning";

describe("workerTuning", () => {
  it("bounds the workflow cache and leaves every other option to the SDK when nothing is set", () => {
    expect(workerTuning({})).toEqual({ maxCachedWorkflows: 100 });
  });

  it("maps each STUDIO_WORKER_* variable to its SDK option", () => {
    expect(
      workerTuning({
        STUDIO_WORKER_MAX_CACHED_WORKFLOWS: "500",
        STUDIO_WORKER_MAX_WORKFLOW_TASKS: "8",
        STUDIO_WORKER_MAX_LOCAL_ACTIVITIES: "50",
        STUDIO_WORKER_WORKFLOW_TASK_POLLS: "4",
        STUDIO_WORKER_STICKY_TIMEOUT_MS: "2000",
      }),
    ).toEqual({
      maxCachedWorkflows: 500,
      maxConcurrentWorkflowTaskExecutions: 8,
      maxConcurrentLocalActivityExecutions: 50,
      maxConcurrentWorkflowTaskPolls: 4,
      stickyQueueScheduleToStartTimeout: 2000,
    });
  });

  it("names the variable whose value is not a usable count", () => {
    expect(() => workerTuning({ STUDIO_WORKER_MAX_WORKFLOW_TASKS: "0" })).toThrow(/STUDIO_WORKER_MAX_WORKFLOW_TASKS .*"0"/);
    expect(() => workerTuning({ STUDIO_WORKER_MAX_CACHED_WORKFLOWS: "0" })).toThrow(/STUDIO_WORKER_MAX_CACHED_WORKFLOWS .*"0"/);
    expect(() => workerTuning({ STUDIO_WORKER_STICKY_TIMEOUT_MS: "soon" })).toThrow(/STUDIO_WORKER_STICKY_TIMEOUT_MS .*"soon"/);
  });
});

describe("backtestWorkerTuning", () => {
  it("keeps backtest chunks to a few at a time unless told otherwise", () => {
    expect(backtestWorkerTuning({})).toMatchObject({ maxConcurrentActivityTaskExecutions: 4 });
    expect(backtestWorkerTuning({ STUDIO_BACKTEST_WORKER_MAX_ACTIVITIES: "2" })).toMatchObject({ maxConcurrentActivityTaskExecutions: 2 });
  });

  it("names the variable whose value is not a usable count", () => {
    expect(() => backtestWorkerTuning({ STUDIO_BACKTEST_WORKER_MAX_ACTIVITIES: "0" })).toThrow(/STUDIO_BACKTEST_WORKER_MAX_ACTIVITIES .*"0"/);
  });
});
