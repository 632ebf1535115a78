import type { DurationHistogram } from "../types";

/**
 * Log-bucketed durations: bucket i holds [BASE^i, BASE^(i+1)) seconds, bucket "z" holds durations under
 * one second. With BASE 1.25 a quantile read from the buckets is within 12% of the exact one, and any two
 * histograms merge by adding counts, so chunks never ship samples.
 */
export const HISTOGRAM_BASE = 1.25;
const LOG_BASE = Math.log(HISTOGRAM_BASE);
const UNDER_ONE_SECOND = "z";

export function createHistogram(): DurationHistogram {
  return { count: 0, sum: 0, buckets: {} };
}

export function bucketOf(seconds: number): string {
  if (seconds < 1) return UNDER_ONE_SECOND;
  // The epsilon keeps exact powers (1.25^k computed in floating point) in their own bucket.
  return String(Math.floor(Math.log(seconds) / LOG_BASE + 1e-9));
}

/** The sum keeps whole seconds: integer sums are exact, so merging chunks in any grouping gives the same total. */
export function addDuration(h: DurationHistogram, seconds: number): void {
  h.count += 1;
  h.sum += Math.round(seconds);
  const b = bucketOf(seconds);
  h.buckets[b] = (h.buckets[b] ?? 0) + 1;
}

export function mergeHistogram(into: DurationHistogram, from: DurationHistogram): void {
  into.count += from.count;
  into.sum += from.sum;
  for (const [b, n] of Object.entries(from.buckets)) into.buckets[b] = (into.buckets[b] ?? 0) + n;
}

/**
 * The q-quantile (0..1) from the buckets: the geometric middle of the bucket holding the rank, so the
 * answer is independent of how the samples were split into chunks. Null for an empty histogram.
 */
export function histogramQuantile(h: DurationHistogram, q: number): number | null {
  if (h.count === 0) return null;
  const rank = Math.max(1, Math.ceil(q * h.count));
  const ordered = Object.keys(h.buckets).sort((a, b) => order(a) - order(b));
  let seen = 0;
  for (const b of ordered) {
    seen += h.buckets[b]!;
    if (seen >= rank) return middleOf(b);
  }
  return middleOf(ordered[ordered.length - 1]!);
}

export function histogramMean(h: DurationHistogram): number | null {
  return h.count === 0 ? null : h.sum / h.count;
}

function order(bucket: string): number {
  return bucket === UNDER_ONE_SECOND ? -Infinity : Number(bucket);
}

function middleOf(bucket: string): number {
  if (bucket === UNDER_ONE_SECOND) return 0.5;
  const i = Number(bucket);
  return Math.pow(HISTOGRAM_BASE, i + 0.5);
}
