import { fileURLToPath } from "node:url";
import { NativeConnection, Worker } from "@temporalio/worker";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BACKTEST_TASK_QUEUE, TASK_QUEUE, TEMPORAL_NAMESPACE } from "../server/env";
import { uniqueId } from "../tests/integration/helpers";
import type { BacktestActivities } from "../workflows/interpret/replay/chunked/backtest-contract";
import { temporalBacktestRunner } from "./backtest-starter";
import { getTemporalClient, temporalAddress } from "./client";
import { backtestWorkerTuning } from "./worker-tuning";

/**
 * Backtests run on a task queue of their own, so a large replay's workflow and chunk tasks never wait in front of
 * live tickets' tasks: the runner starts the workflow there, and a worker polling only that queue (with the backtest
 * worker's limits and stand-in activities) carries out all of it.
 */
let connection: NativeConnection;

beforeAll(async () => {
  connection = await NativeConnection.connect({ address: temporalAddress() });
});

afterAll(async () => {
  await connection?.close();
});

describe("the backtest task queue", () => {
  it("starts a backtest on its own queue, where the backtest worker runs its chunks and finishes it", async () => {
    expect(BACKTEST_TASK_QUEUE).not.toBe(TASK_QUEUE);
    const chunks: number[] = [];
    const finished: string[] = [];
    const activities: BacktestActivities = {
      async runBacktestChunk({ index }) {
        chunks.push(index);
        return { processed: 1, changed: 0, skipped: false };
      },
      async finishBacktest({ runId }) {
        finished.push(runId);
      },
      async failBacktest({ message }) {
        throw new Error(`the backtest should not fail: ${message}`);
      },
    };
    const worker = await Worker.create({
      ...backtestWorkerTuning({}),
      connection,
      namespace: TEMPORAL_NAMESPACE,
      taskQueue: BACKTEST_TASK_QUEUE,
      workflowsPath: fileURLToPath(new URL("../workflows/index.ts", import.meta.url)),
      activities,
    });
    const runId = uniqueId("queue");
    await worker.runUntil(async () => {
      const started = await temporalBacktestRunner().start({ id: runId, chunkCount: 3 });
      const handle = (await getTemporalClient()).workflow.getHandle(started.workflowId!);
      expect((await handle.describe()).taskQueue).toBe(BACKTEST_TASK_QUEUE);
      await started.finished();
    });
    expect([...chunks].sort()).toEqual([0, 1, 2]);
    expect(finished).toEqual([runId]);
  });
});
