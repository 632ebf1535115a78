import "server-only";
import type { PrismaClient } from "@prisma/client";
import type { AiProvider } from "../../ai/provider";
import type { BacktestRunner } from "./backtest-runner";
import { executeBacktestInProcess } from "./execute-in-process";

export interface InProcessRunnerDeps {
  readonly prisma: PrismaClient;
  /**
   * The provider answering one run's AI activities. A fresh one per run, so a run uses the intent model active
   * when it starts rather than one a long-lived provider re-checks only every few seconds.
   */
  aiForRun(): AiProvider;
}

/**
 * Replays a run's chunks in this process, one after another, in the background. The run stores its own
 * failure (executeBacktestInProcess), so nobody has to await it; cancelling needs no signal, because the
 * runner checks the run's status before each chunk.
 */
export function inProcessBacktestRunner(deps: InProcessRunnerDeps): BacktestRunner {
  return {
    async start(run) {
      const execution = executeBacktestInProcess({ prisma: deps.prisma, ai: deps.aiForRun() }, run.id);
      // Failures are on the run; an execution nobody waits for must not become an unhandled rejection.
      execution.catch(() => undefined);
      return { workflowId: null, finished: () => execution };
    },
    async cancel() {},
  };
}
