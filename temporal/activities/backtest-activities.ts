import type { PrismaClient } from "@prisma/client";
import { Context } from "@temporalio/activity";
import type { AiProvider } from "../../server/ai/provider";
import { failBacktest, finishBacktest } from "../../server/services/backtests/finish-backtest";
import { runBacktestChunk, ticketsInChunk } from "../../server/services/backtests/run-backtest-chunk";
import type { BacktestActivities } from "../../workflows/interpret/replay/chunked/backtest-contract";

export interface BacktestActivityDeps {
  prisma: PrismaClient;
  ai: AiProvider;
}

/**
 * Heartbeats at least this often while a chunk runs, well inside the workflow's 15 s heartbeat timeout,
 * so only a chunk on a dead worker (or a blocked event loop) times out and moves to another worker.
 */
const HEARTBEAT_EVERY_MS = 3_000;

/**
 * The chunked backtest's activities: thin adapters over server/services/backtests, the same services the
 * in-process runner calls, so both runners produce the same result.
 */
export function createBacktestActivities(deps: BacktestActivityDeps): BacktestActivities {
  return {
    async runBacktestChunk({ runId, index }) {
      const context = Context.current();
      let processed = 0;
      const beat = () => context.heartbeat(processed);
      beat();
      const ticker = setInterval(beat, HEARTBEAT_EVERY_MS);
      try {
        const outcome = await runBacktestChunk(deps, runId, index, (count) => {
          processed = count;
          beat();
        });
        return outcome.skipped ? { ...outcome, processed: await ticketsInChunk(deps.prisma, runId, index) } : outcome;
      } finally {
        clearInterval(ticker);
      }
    },
    finishBacktest: ({ runId }) => finishBacktest(deps.prisma, runId),
    failBacktest: ({ runId, message }) => failBacktest(deps.prisma, runId, message),
  };
}
