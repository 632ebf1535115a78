import { HISTOGRAM_BASE, bucketOf } from "../interpret/replay/metrics/histogram";

/**
 * Durations in the rollup are arrays of counts (PostgreSQL int[], 1-based): index 1 holds durations under one
 * second, index k + 2 the backtest histogram's bucket k, [1.25^k, 1.25^(k+1)) seconds. Arrays add element-wise, so
 * cells sum in SQL, and a quantile read from them is within 12% of the exact one, as in backtests.
 */
export function durationIndex(seconds: number): number {
  const b = bucketOf(Math.max(0, seconds));
  return b === "z" ? 1 : Number(b) + 2;
}

/** The q-quantile (0..1) of a histogram array: the geometric middle of the bucket holding the rank; null if empty. */
export function arrayQuantile(counts: readonly number[], q: number): number | null {
  const total = counts.reduce((a, n) => a + (n ?? 0), 0);
  if (total === 0) return null;
  const rank = Math.max(1, Math.ceil(q * total));
  let seen = 0;
  for (let i = 0; i < counts.length; i++) {
    seen += counts[i] ?? 0;
    if (seen >= rank) return middleOf(i + 1);
  }
  return middleOf(counts.length);
}

export function arrayCount(counts: readonly number[]): number {
  return counts.reduce((a, n) => a + (n ?? 0), 0);
}

function middleOf(index: number): number {
  return index === 1 ? 0.5 : Math.pow(HISTOGRAM_BASE, index - 2 + 0.5);
}
