/**
 * A simple forecast on a weekly series: a least-squares line, its projection to a date and a prediction interval
 * from the residuals. Each week is weighted by the number of tickets (or ratings, or answers) its value is over, so
 * a quiet week with five tickets moves the line less than a busy one; the weights are scaled to average 1, so the
 * residual spread is that of a typical week and the interval is for a typical week's value.
 */

/** One week of the series: x in weeks (any origin), its value and what it is counted over. */
export interface TSeriesPoint {
  x: number;
  value: number;
  weight: number;
}

/** Fewer weeks than this and a trend says more about noise than about the metric. */
export const MIN_FORECAST_WEEKS = 4;

/** The prediction interval covers 80% (the usual fan of a forecast): at 95%, months ahead, it would cover almost anything. */
export const FORECAST_COVERAGE = 0.8;

export interface TLineFit {
  n: number;
  intercept: number;
  slope: number;
  /** Residual standard deviation of a typical week (weights averaging 1). */
  residualSd: number;
  xMean: number;
  sxx: number;
  /** Student's t for FORECAST_COVERAGE on n − 2 degrees of freedom. */
  t: number;
}

/** Weighted least squares on the points with a value and a positive weight; null with fewer than MIN_FORECAST_WEEKS. */
export function fitLine(points: readonly TSeriesPoint[]): TLineFit | null {
  const usable = points.filter((p) => p.weight > 0 && Number.isFinite(p.value));
  const n = usable.length;
  if (n < MIN_FORECAST_WEEKS) return null;
  const meanWeight = usable.reduce((a, p) => a + p.weight, 0) / n;
  const w = usable.map((p) => p.weight / meanWeight);
  const sumW = n;
  const xMean = usable.reduce((a, p, i) => a + w[i]! * p.x, 0) / sumW;
  const yMean = usable.reduce((a, p, i) => a + w[i]! * p.value, 0) / sumW;
  let sxx = 0;
  let sxy = 0;
  usable.forEach((p, i) => {
    sxx += w[i]! * (p.x - xMean) ** 2;
    sxy += w[i]! * (p.x - xMean) * (p.value - yMean);
  });
  if (sxx === 0) return null;
  const slope = sxy / sxx;
  const intercept = yMean - slope * xMean;
  const rss = usable.reduce((a, p, i) => a + w[i]! * (p.value - (intercept + slope * p.x)) ** 2, 0);
  const df = n - 2;
  return { n, intercept, slope, residualSd: Math.sqrt(rss / df), xMean, sxx, t: tQuantile90(df) };
}

export interface TPrediction {
  value: number;
  low: number;
  high: number;
}

/**
 * The line's value at x with the interval a single typical week there would fall in: the residual spread plus
 * the uncertainty of the line itself, which grows with the distance from the weeks it was fitted on.
 */
export function predictAt(fit: TLineFit, x: number, bounds: { min?: number; max?: number } = {}): TPrediction {
  const value = fit.intercept + fit.slope * x;
  const se = fit.residualSd * Math.sqrt(1 + 1 / fit.n + (x - fit.xMean) ** 2 / fit.sxx);
  const clamp = (v: number) => Math.min(bounds.max ?? Infinity, Math.max(bounds.min ?? -Infinity, v));
  return { value: clamp(value), low: clamp(value - fit.t * se), high: clamp(value + fit.t * se) };
}

export const FORECAST_STATUSES = ["on-track", "at-risk", "off-track", "not-enough-data"] as const;
export type TForecastStatus = (typeof FORECAST_STATUSES)[number];

/**
 * On track: the trend reaches the target by the due date. At risk: it falls short, but the target is inside the
 * interval, so an ordinary run of weeks could still make it. Off track: even the interval's favourable end falls short.
 */
export function forecastStatus(p: TPrediction | null, target: number, better: "higher" | "lower"): TForecastStatus {
  if (p === null) return "not-enough-data";
  const reaches = (v: number) => (better === "higher" ? v >= target : v <= target);
  if (reaches(p.value)) return "on-track";
  return reaches(better === "higher" ? p.high : p.low) ? "at-risk" : "off-track";
}

// Student's t with P(T ≤ t) = 0.9 (the bounds of an 80% two-sided interval), for 1..30 degrees of freedom.
const T90 = [
  3.078, 1.886, 1.638, 1.533, 1.476, 1.44, 1.415, 1.397, 1.383, 1.372, 1.363, 1.356, 1.35, 1.345, 1.341, 1.337, 1.333, 1.33, 1.328, 1.325,
  1.323, 1.321, 1.319, 1.318, 1.316, 1.315, 1.314, 1.313, 1.311, 1.31,
];
// Beyond 30: the table's further rows, the last one the normal quantile.
const T90_TAIL: Array<[number, number]> = [[30, 1.31], [40, 1.303], [60, 1.296], [120, 1.289], [Infinity, 1.2816]];

/**
 * Student's t quantile at 0.9: the printed table up to 30 degrees of freedom, then interpolated in 1/df (how the
 * tables themselves are read between rows), which stays within 0.001 of the exact value.
 */
export function tQuantile90(df: number): number {
  if (df < 1) throw new Error("a t quantile needs at least one degree of freedom");
  const whole = Math.floor(df);
  if (whole <= 30) return T90[whole - 1]!;
  for (let i = 1; i < T90_TAIL.length; i++) {
    const [d0, t0] = T90_TAIL[i - 1]!;
    const [d1, t1] = T90_TAIL[i]!;
    if (whole <= d1) {
      const f = (1 / d0 - 1 / whole) / (1 / d0 - (d1 === Infinity ? 0 : 1 / d1));
      return t0 + f * (t1 - t0);
    }
  }
  return T90_TAIL[T90_TAIL.length - 1]![1];
}
