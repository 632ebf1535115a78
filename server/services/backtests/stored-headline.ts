import "server-only";
import type { BacktestResult } from "../../../workflows/interpret/replay/types";
import { headlineDeltas, type THeadlineDelta } from "../../../lib/backtests/headline-deltas";

/**
 * The headline deltas of one run's stored result, or none when it cannot be read (a result stored in a shape
 * this code no longer knows): the list shows every run, so one unreadable result must not take the others down.
 */
export function storedHeadline(runId: string, result: unknown): THeadlineDelta[] {
  if (result === null || result === undefined) return [];
  try {
    return headlineDeltas(result as BacktestResult);
  } catch (e) {
    console.warn(`[backtests] the result of run ${runId} cannot be read (${e instanceof Error ? e.message : String(e)}); listed without its headline`);
    return [];
  }
}
