import { fileURLToPath } from "node:url";
import { NativeConnection, Worker } from "@temporalio/worker";
import { getPrisma, disconnectPrisma } from "../server/db";
import { createAiProvider } from "../server/services/ai/create-ai-provider";
import { liveLookups } from "../server/services/lookups/live-lookups";
import { createNotifier } from "../server/services/notify/notifier";
import { metricsRefresher } from "../server/services/metrics/refresh-loop";
import { outboxDispatcher } from "../server/services/outbox/outbox-dispatcher";
import { outboxHandlers } from "../server/services/outbox/outbox-handlers";
import type { WorkerPorts } from "../server/ports";
import { TASK_QUEUE, TEMPORAL_NAMESPACE } from "../server/env";
import { createActivities } from "./activities";
import { createBacktestActivities } from "./activities/backtest-activities";
import { temporalAddress } from "./client";
import { temporalFlowStarter } from "./flow-starter";
import { workerTuning } from "./worker-tuning";

/**
 * The ticket-flow worker: runs ticketFlow workflows (the interpreter) and their activities. Any number
 * of these can poll the same task queue. SIGINT/SIGTERM drain it gracefully (the SDK installs those handlers).
 * It is the worker process's composition root: its ports are built here, once, and handed to the activities.
 */
export async function createWorker(o: { keepModelLoaded?: boolean } = {}): Promise<Worker> {
  const prisma = getPrisma();
  const connection = await NativeConnection.connect({ address: temporalAddress() });
  const ai = createAiProvider(prisma, undefined, { keepModelLoaded: o.keepModelLoaded ?? false });
  const deps: WorkerPorts = { prisma, ai, notifier: createNotifier(), lookups: liveLookups(prisma) };
  return Worker.create({
    ...workerTuning(),
    connection,
    namespace: TEMPORAL_NAMESPACE,
    taskQueue: TASK_QUEUE,
    workflowsPath: fileURLToPath(new URL("../workflows/index.ts", import.meta.url)),
    // Backtest chunks share the queue with ticket activities: a backtest has at most its concurrency (4) of
    // chunks in flight, far below the SDK's default of 100 activity slots, so live tickets are never starved.
    activities: { ...createActivities(deps), ...createBacktestActivities(deps) },
  });
}

async function main(): Promise<void> {
  // A long-lived worker loads the intent model before its first ticket; the tests' workers classify with whatever they set up.
  const worker = await createWorker({ keepModelLoaded: true });
  // The web process starts the runs it writes at once; this sweep also starts what a web process that crashed
  // (or has not served a request since) left in the outbox.
  const outbox = outboxDispatcher({ prisma: getPrisma(), handlers: outboxHandlers({ flowStarter: temporalFlowStarter() }) });
  outbox.startSweep();
  // The dashboards read rollups, never tickets: this keeps them current from the rows the triggers mark dirty.
  const metrics = metricsRefresher({ prisma: getPrisma() });
  metrics.start();
  console.log(`worker polling task queue "${TASK_QUEUE}" on ${temporalAddress()} (namespace ${TEMPORAL_NAMESPACE})`);
  await worker.run();
  await outbox.stop();
  await metrics.stop();
  await disconnectPrisma();
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((err: unknown) => {
    console.error(err);
    process.exit(1);
  });
}
