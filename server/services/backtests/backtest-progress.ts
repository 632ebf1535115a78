import "server-only";
export interface BacktestProgress {
  processed: number;
  total: number;
  ticketsPerSecond: number;
  etaSeconds: number | null;
}

/** Progress with throughput and ETA from the start time; `now` is passed so it stays testable. */
export function progressOf(run: { processed: number; total: number; startedAt: Date | null; finishedAt: Date | null; ticketsPerSecond: number | null }, now: Date): BacktestProgress {
  const { processed, total } = run;
  if (run.finishedAt !== null && run.ticketsPerSecond !== null) return { processed, total, ticketsPerSecond: run.ticketsPerSecond, etaSeconds: 0 };
  // A run that ended without completing (failed, cancelled) keeps its rate up to its end and has no ETA.
  const end = run.finishedAt ?? now;
  const seconds = run.startedAt === null ? 0 : (end.getTime() - run.startedAt.getTime()) / 1000;
  const ticketsPerSecond = seconds > 0 ? processed / seconds : 0;
  const etaSeconds = run.finishedAt === null && ticketsPerSecond > 0 ? Math.max(0, (total - processed) / ticketsPerSecond) : null;
  return { processed, total, ticketsPerSecond, etaSeconds };
}
