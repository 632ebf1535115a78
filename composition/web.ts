import "server-only";
import { getPrisma } from "@/server/db";
import type { AiProvider } from "@/server/ai/provider";
import type { WebPorts } from "@/server/ports";
import { createAiProvider } from "@/server/services/ai/create-ai-provider";
import { helpdeskGateway } from "@/server/services/connections/helpdesk-gateway";
import { inProcessBacktestRunner } from "@/server/services/backtests/in-process-runner";
import { liveLookups } from "@/server/services/lookups/live-lookups";
import { createNotifier } from "@/server/services/notify/notifier";
import { outboxDispatcher, type OutboxDispatcher } from "@/server/services/outbox/outbox-dispatcher";
import { outboxHandlers } from "@/server/services/outbox/outbox-handlers";
import { startRetrainScheduler } from "@/server/services/intent-models/retrain-scheduler";
import { temporalBacktestRunner } from "@/temporal/backtest-starter";
import { temporalFlowStarter } from "@/temporal/flow-starter";

let ports: WebPorts | undefined;
let ai: AiProvider | undefined;

// Kept on globalThis like the Prisma client: a hot reload re-evaluates this module, and a second dispatcher
// would add a second sweep timer per edit.
const cache = globalThis as typeof globalThis & { __studioOutbox?: OutboxDispatcher; __studioRetrainSchedule?: () => void };

/**
 * The web app's composition root: its ports, built once per process and handed to the tRPC context (the API
 * route and the server components' caller) and to the route handlers. The database is a getter, resolved on
 * first use, so a request (or a `next build`) that never queries never needs DATABASE_URL.
 */
export function webPorts(): WebPorts {
  // The retraining schedule runs here, beside the one-click training it shares its training process with.
  cache.__studioRetrainSchedule ??= startRetrainScheduler(getPrisma);
  ports ??= {
    get prisma() {
      return getPrisma();
    },
    // One provider for the process, as the worker keeps one: it re-checks the knowledge base and the active
    // intent model itself, and a test ticket then needs no model load of its own.
    get ai() {
      return (ai ??= createAiProvider(getPrisma()));
    },
    flowStarter: temporalFlowStarter(),
    outbox: webOutbox(),
    // Summaries people send from the app (signals and the weekly review, to Slack) go through the notifier flows use:
    // queued in the outbox and posted by its dispatcher after commit.
    notifier: createNotifier({
      get prisma() {
        return getPrisma();
      },
      outbox: webOutbox(),
    }),
    // A test ticket's lookups call out like a live run's (it has no ticket row, so nothing is kept).
    get lookups() {
      return liveLookups(getPrisma());
    },
    get helpdesk() {
      return helpdeskGateway(getPrisma());
    },
    backtestRunners: {
      "in-process": inProcessBacktestRunner({
        get prisma() {
          return getPrisma();
        },
        aiForRun: () => createAiProvider(getPrisma()),
      }),
      temporal: temporalBacktestRunner(),
    },
  };
  return ports;
}

/**
 * Starts the runs that ingest wrote to the outbox: at once when a request kicks it, and by a sweep for what a
 * crash or an unreachable Temporal left behind.
 */
function webOutbox(): OutboxDispatcher {
  if (cache.__studioOutbox === undefined) {
    cache.__studioOutbox = outboxDispatcher({
      get prisma() {
        return getPrisma();
      },
      handlers: outboxHandlers({ flowStarter: temporalFlowStarter() }),
    });
    cache.__studioOutbox.startSweep();
  }
  return cache.__studioOutbox;
}
