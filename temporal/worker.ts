import { fileURLToPath } from "node:url";
import { bundleWorkflowCode, NativeConnection, Worker, type WorkflowBundleWithSourceMap } from "@temporalio/worker";
import type { AiProvider } from "../server/ai/provider";
import { getPrisma, disconnectPrisma } from "../server/db";
import { createAiProvider } from "../server/services/ai/create-ai-provider";
import { liveLookups } from "../server/services/lookups/live-lookups";
import { createNotifier } from "../server/services/notify/notifier";
import { metricsRefresher } from "../server/services/metrics/refresh-loop";
import { uploadSweeper } from "../server/services/history-import/upload-sweeper";
import { outboxDispatcher } from "../server/services/outbox/outbox-dispatcher";
import { outboxHandlers } from "../server/services/outbox/outbox-handlers";
import type { Outbox } from "../server/services/outbox/outbox";
import type { WorkerPorts } from "../server/ports";
import { BACKTEST_TASK_QUEUE, TASK_QUEUE, TEMPORAL_NAMESPACE } from "../server/env";
import { createActivities } from "./activities";
import { createBacktestActivities } from "./activities/backtest-activities";
import { temporalAddress } from "./client";
import { temporalFlowStarter } from "./flow-starter";
import { backtestWorkerTuning, workerTuning } from "./worker-tuning";

/**
 * The ticket-flow worker: runs ticketFlow workflows (the interpreter) and their activities. Any number
 * of these can poll the same task queue. SIGINT/SIGTERM drain it gracefully (the SDK installs those handlers).
 * It is the worker process's composition root: its ports are built here, once, and handed to the activities.
 */
export async function createWorker(o: { keepModelLoaded?: boolean; ai?: AiProvider; outbox?: Outbox; connection?: NativeConnection } = {}): Promise<Worker> {
  const prisma = getPrisma();
  const connection = o.connection ?? (await NativeConnection.connect({ address: temporalAddress() }));
  const ai = o.ai ?? createAiProvider(prisma, undefined, { keepModelLoaded: o.keepModelLoaded ?? false });
  // Slack messages a run decides are queued with its batch and sent by this process's outbox once it commits.
  const deps: WorkerPorts = { prisma, ai, notifier: createNotifier({ prisma, outbox: o.outbox }), lookups: liveLookups(prisma) };
  return Worker.create({
    ...workerTuning(),
    connection,
    namespace: TEMPORAL_NAMESPACE,
    taskQueue: TASK_QUEUE,
    workflowBundle: await workflowBundle(),
    // Backtests have a queue of their own (createBacktestWorker); these only serve chunks of a backtest started
    // on this queue before that, so it finishes where it began.
    activities: { ...createActivities(deps), ...createBacktestActivities(deps) },
  });
}

/**
 * The backtest worker: polls the backtest task queue with limits of its own (worker-tuning.ts), so a large replay's
 * chunks wait there and never take a live ticket's turn on the ticket-flow queue.
 */
export async function createBacktestWorker(o: { ai?: AiProvider; connection?: NativeConnection } = {}): Promise<Worker> {
  const prisma = getPrisma();
  const connection = o.connection ?? (await NativeConnection.connect({ address: temporalAddress() }));
  const ai = o.ai ?? createAiProvider(prisma, undefined, { keepModelLoaded: false });
  return Worker.create({
    ...backtestWorkerTuning(),
    connection,
    namespace: TEMPORAL_NAMESPACE,
    taskQueue: BACKTEST_TASK_QUEUE,
    workflowBundle: await workflowBundle(),
    activities: createBacktestActivities({ prisma, ai }),
  });
}

let bundle: Promise<WorkflowBundleWithSourceMap> | undefined;

/** The workflows' code, bundled once per process for both workers. */
function workflowBundle(): Promise<WorkflowBundleWithSourceMap> {
  bundle ??= bundleWorkflowCode({ workflowsPath: fileURLToPath(new URL("../workflows/index.ts", import.meta.url)) });
  return bundle;
}

async function main(): Promise<void> {
  // A long-lived worker loads the intent model before its first ticket; the tests' workers classify with whatever they set up.
  // The web process starts the runs it writes at once; this sweep also starts what a web process that crashed
  // (or has not served a request since) left in the outbox, and this process's runs' Slack messages are sent here.
  const outbox = outboxDispatcher({ prisma: getPrisma(), handlers: outboxHandlers({ flowStarter: temporalFlowStarter() }) });
  outbox.startSweep();
  const connection = await NativeConnection.connect({ address: temporalAddress() });
  const ai = createAiProvider(getPrisma(), undefined, { keepModelLoaded: true });
  const worker = await createWorker({ ai, outbox, connection });
  const backtests = await createBacktestWorker({ ai, connection });
  // The dashboards read rollups, never tickets: this keeps them current from the rows the triggers mark dirty.
  const metrics = metricsRefresher({ prisma: getPrisma() });
  metrics.start();
  // Uploads are removed once old, and what a failed upload or a crash left is cleared: at start, then hourly.
  const uploads = uploadSweeper({ prisma: getPrisma() });
  uploads.start();
  console.log(`worker polling task queues "${TASK_QUEUE}" and "${BACKTEST_TASK_QUEUE}" on ${temporalAddress()} (namespace ${TEMPORAL_NAMESPACE})`);
  // SIGINT/SIGTERM shut both down (the SDK's handlers); should one stop on its own, the other is stopped with it and
  // the process ends, for its supervisor to restart.
  const runs = [worker.run(), backtests.run()];
  await Promise.race(runs).finally(() => {
    for (const w of [worker, backtests]) if (w.getState() === "RUNNING") w.shutdown();
  });
  await Promise.all(runs);
  await outbox.stop();
  await metrics.stop();
  await uploads.stop();
  await disconnectPrisma();
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((err: unknown) => {
    console.error(err);
    process.exit(1);
  });
}
