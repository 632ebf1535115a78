import "server-only";
import type { PrismaClient } from "@prisma/client";
import type { BacktestRunner } from "../backtests/backtest-runner";
import { recoverInterruptedBacktests } from "../backtests/interrupted-backtests";
import { recoverInterruptedImports } from "../history-import/interrupted-imports";
import { recoverInterruptedTrainings } from "../intent-models/interrupted-training";

/**
 * Run on every start, before anything new is started: the job rows a dead process left "running" are resumed
 * (in-process backtests, on Temporal) or failed with a reason the page shows (trainings, imports), so nothing sits
 * in a state that never changes. Jobs whose process is still alive, on this host or another, are left alone.
 * The audit report has no job row: it is computed inside the request that asks for it.
 * Returns one line per kind of job it touched, for the start log.
 */
export async function recoverInterruptedJobs(prisma: PrismaClient, ports: { resumeBacktestsOn?: BacktestRunner } = {}): Promise<string[]> {
  const lines: string[] = [];
  const trainings = await recoverInterruptedTrainings(prisma);
  if (trainings.length) lines.push(`intent model ${trainings.map((v) => `v${v}`).join(", ")}: its training process had stopped; marked failed (interrupted)`);
  const imports = await recoverInterruptedImports(prisma);
  if (imports.length) lines.push(`${imports.length} import(s) (${imports.join(", ")}) had stopped with their process; marked failed, import the file again to finish`);
  const backtests = await recoverInterruptedBacktests(prisma, ports.resumeBacktestsOn);
  if (backtests.resumed.length) lines.push(`${backtests.resumed.length} backtest(s) interrupted mid-run: resumed on Temporal from their last completed chunk`);
  if (backtests.failed.length) lines.push(`${backtests.failed.length} backtest(s) interrupted mid-run: marked failed`);
  return lines;
}
