import { describe, expect, it } from "vitest";
import { workerTuning } from "./worker-tuning";

describe("workerTuning", () => {
  it("leaves every option to the SDK when nothing is set", () => {
    expect(workerTuning({})).toEqual({});
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
