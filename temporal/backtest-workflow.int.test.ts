import { fileURLToPath } from "node:url";
import { ApplicationFailure } from "@temporalio/activity";
import { WorkflowFailedError } from "@temporalio/client";
import { NativeConnection, Worker } from "@temporalio/worker";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TEMPORAL_NAMESPACE } from "../server/env";
import { BACKTEST_PROGRESS_QUERY, BACKTEST_WORKFLOW, type BacktestActivities, type BacktestWorkflowInput, type BacktestWorkflowProgress } from "../workflows/interpret/replay/chunked/backtest-contract";
import { getTemporalClient, temporalAddress } from "./client";

/**
 * backtestWorkflow's orchestration on the real Temporal server, with stand-in activities (the real ones are
 * covered by tests/integration/backtest-crash.int.test.ts): how many chunks it keeps in flight, that it
 * finishes once after every chunk, and that a chunk failing for good fails the run and starts no more chunks.
 *
 *   backtestWorkflow ── runBacktestChunk 0..5 (≤ concurrency in flight) ──► finishBacktest
 *                  └─ a chunk fails (non-retryable) ──► cancel the others ──► failBacktest ──► workflow failed
 */
const workflowsPath = fileURLToPath(new URL("../workflows/index.ts", import.meta.url));
let connection: NativeConnection;

beforeAll(async () => {
  connection = await NativeConnection.connect({ address: temporalAddress() });
});

afterAll(async () => {
  await connection?.close();
});

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Stand-in activities that record what the workflow asked for. */
function recordingActivities(chunk: (index: number) => Promise<void>) {
  const log = { started: [] as number[], maxInFlight: 0, finished: 0, failed: [] as string[] };
  let inFlight = 0;
  const activities: BacktestActivities = {
    async runBacktestChunk({ index }) {
      log.started.push(index);
      inFlight++;
      log.maxInFlight = Math.max(log.maxInFlight, inFlight);
      try {
        await chunk(index);
        return { processed: 10 + index, changed: 0, skipped: false };
      } finally {
        inFlight--;
      }
    },
    async finishBacktest() {
      log.finished++;
    },
    async failBacktest({ message }) {
      log.failed.push(message);
    },
  };
  return { activities, log };
}

async function runOnFreshQueue<T>(activities: BacktestActivities, input: BacktestWorkflowInput, body: (workflowId: string) => Promise<T>): Promise<T> {
  const taskQueue = `backtest-test-${Date.now().toString(36)}-${Math.floor(Math.random() * 1e6).toString(36)}`;
  const worker = await Worker.create({ connection, namespace: TEMPORAL_NAMESPACE, taskQueue, workflowsPath, activities });
  const client = await getTemporalClient();
  const workflowId = `${taskQueue}-wf`;
  await client.workflow.start(BACKTEST_WORKFLOW, { taskQueue, workflowId, args: [input] });
  return worker.runUntil(body(workflowId));
}

describe("backtestWorkflow", () => {
  it("runs every chunk once with at most `concurrency` in flight, then finishes once and reports progress", async () => {
    const { activities, log } = recordingActivities(() => sleep(150));
    const { result, progress } = await runOnFreshQueue(activities, { runId: "r1", chunkCount: 6, concurrency: 2 }, async (workflowId) => {
      const handle = (await getTemporalClient()).workflow.getHandle(workflowId);
      const result = (await handle.result()) as BacktestWorkflowProgress;
      return { result, progress: await handle.query<BacktestWorkflowProgress>(BACKTEST_PROGRESS_QUERY) };
    });
    expect([...log.started].sort()).toEqual([0, 1, 2, 3, 4, 5]);
    expect(log.maxInFlight).toBe(2);
    expect(log.finished).toBe(1);
    expect(log.failed).toEqual([]);
    // processed is the sum of what the chunks reported: 10 + index each.
    expect(result).toEqual({ completedChunks: 6, chunkCount: 6, processed: 75 });
    expect(progress).toEqual(result);
  });

  it("fails the run with the chunk's reason when a chunk fails for good, and starts no further chunk", async () => {
    const { activities, log } = recordingActivities(async (index) => {
      if (index === 2) throw ApplicationFailure.nonRetryable("the stored graph no longer compiles", "BadGraph");
      await sleep(300);
    });
    const error = await runOnFreshQueue(activities, { runId: "r2", chunkCount: 8, concurrency: 2 }, async (workflowId) => {
      const handle = (await getTemporalClient()).workflow.getHandle(workflowId);
      return handle.result().then(
        () => null,
        (err: unknown) => err,
      );
    });
    expect(error).toBeInstanceOf(WorkflowFailedError);
    expect((error as WorkflowFailedError).cause?.message).toBe("Chunk 3 of 8 failed: the stored graph no longer compiles");
    expect(log.failed).toEqual(["Chunk 3 of 8 failed: the stored graph no longer compiles"]);
    expect(log.finished).toBe(0);
    // Chunks 0 and 1 first; when they finish, 2 (which fails at once) and perhaps 3; nothing after the failure.
    const started = [...log.started].sort();
    expect(started.slice(0, 3)).toEqual([0, 1, 2]);
    expect(Math.max(...started)).toBeLessThanOrEqual(3);
  });
});
