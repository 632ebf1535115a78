import type { PrismaClient } from "@prisma/client";
import type { AiProvider } from "../server/ai/provider";
import type { StudioPorts } from "../server/ports";
import { createAiProvider } from "../server/services/ai/create-ai-provider";
import { inProcessBacktestRunner } from "../server/services/backtests/in-process-runner";
import { temporalBacktestRunner } from "../temporal/backtest-starter";

/**
 * The ports startBacktest and cancelBacktest see, wired as the web app wires them (composition/web.ts), with `ai`
 * answering in-process runs: the workspace's provider (AI_PROVIDER) when none is given.
 */
export function backtestPorts(prisma: PrismaClient, ai?: AiProvider): Pick<StudioPorts, "prisma" | "backtestRunners"> {
  return {
    prisma,
    backtestRunners: {
      "in-process": inProcessBacktestRunner({ prisma, aiForRun: () => ai ?? createAiProvider(prisma) }),
      temporal: temporalBacktestRunner(),
    },
  };
}
