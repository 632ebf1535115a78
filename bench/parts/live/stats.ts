/** Nearest-rank percentile (p in 0..100) of unsorted values, rounded to 0.1 ms; null when there are none. */
export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return round1(sorted[rank - 1]!);
}

export function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  return round1(values.reduce((sum, v) => sum + v, 0) / values.length);
}

export const round1 = (value: number): number => Math.round(value * 10) / 10;

/**
 * Tickets decided per second over the span that produced them: from the first send to the last decision. Below
 * capacity it equals the offered rate (stretched slightly by the last ticket's own latency); above it, it is the
 * rate the live path actually drained tickets at, queueing included.
 */
export function decidedPerSecond(decided: number, firstSendAt: number, lastDecisionAt: number): number {
  const seconds = (lastDecisionAt - firstSendAt) / 1000;
  return decided === 0 || seconds <= 0 ? 0 : round1(decided / seconds);
}
