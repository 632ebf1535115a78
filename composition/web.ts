import "server-only";
import { getPrisma } from "@/server/db";
import type { WebPorts } from "@/server/ports";
import { createAiProvider } from "@/server/services/ai/create-ai-provider";
import { inProcessBacktestRunner } from "@/server/services/backtests/in-process-runner";
import { temporalBacktestRunner } from "@/temporal/backtest-starter";
import { temporalFlowStarter } from "@/temporal/flow-starter";

let ports: WebPorts | undefined;

/**
 * The web app's composition root: its ports, built once per process and handed to the tRPC context (the API
 * route and the server components' caller) and to the route handlers. The database is a getter, resolved on
 * first use, so a request (or a `next build`) that never queries never needs DATABASE_URL.
 */
export function webPorts(): WebPorts {
  ports ??= {
    get prisma() {
      return getPrisma();
    },
    flowStarter: temporalFlowStarter(),
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
