import { addDays } from "./weeks";

/**
 * Is a count higher than its own past? Each series (a category, a page area) is judged against its own baseline:
 * the same-length windows before the current one. A raw percentage would flag 2 -> 4 tickets as "+100%"; the test
 * asks instead how likely the current count is if the rate had not changed, and the false discoveries across the
 * many series looked at together are controlled (Benjamini–Hochberg), so ten categories checked do not yield a
 * "rising" one by chance alone.
 *
 * The test is the exact conditional test of two Poisson rates: with `n` baseline windows and the same rate
 * throughout, the current window holds each of the N = observed + baseline tickets with probability 1 / (n + 1),
 * so observed ~ Binomial(N, 1 / (n + 1)). Its one-sided mid-p value (P(X > k) + P(X = k) / 2) is less conservative
 * than the plain exact tail on small counts, and it accounts for the baseline being an estimate too.
 */

export interface TRisingOptions {
  /** Below this many tickets in the current window a series is never flagged, however unlikely its count. */
  minObserved: number;
  /** The false discovery rate allowed across the series checked together. */
  alpha: number;
}

export const RISING_DEFAULTS: TRisingOptions = { minObserved: 10, alpha: 0.05 };

export interface TRisingInput {
  key: string;
  /** Counts per window, oldest first; the last one is the current window, the others its baseline. */
  windows: readonly number[];
}

export interface TRisingResult {
  key: string;
  observed: number;
  /** The baseline's mean per window: what the current window would hold at the usual rate. */
  expected: number;
  baselineWindows: number;
  /** observed / expected; null when the baseline is empty. */
  ratio: number | null;
  /** One-sided mid-p value of the count being this high at the usual rate. */
  p: number;
  /** Benjamini–Hochberg adjusted p value over every series checked together. */
  q: number;
  enoughVolume: boolean;
  rising: boolean;
  /** The q value in words, for people who do not read p values. */
  chance: string;
}

/** Judges every series at once (the false discovery control needs them all); the results keep the input order. */
export function risingSeries(inputs: readonly TRisingInput[], options: TRisingOptions = RISING_DEFAULTS): TRisingResult[] {
  const tested = inputs.map((input) => {
    const baseline = input.windows.slice(0, -1);
    const observed = input.windows.at(-1) ?? 0;
    const baselineTotal = baseline.reduce((a, b) => a + b, 0);
    const n = baseline.length;
    const p = n === 0 ? 1 : risingPValue(observed, baselineTotal, n);
    return { key: input.key, observed, baselineTotal, n, p };
  });
  const q = benjaminiHochberg(tested.map((t) => t.p));
  return tested.map((t, i) => {
    const expected = t.n === 0 ? 0 : t.baselineTotal / t.n;
    const enoughVolume = t.observed >= options.minObserved;
    const qi = q[i]!;
    return {
      key: t.key,
      observed: t.observed,
      expected,
      baselineWindows: t.n,
      ratio: expected > 0 ? t.observed / expected : null,
      p: t.p,
      q: qi,
      enoughVolume,
      rising: enoughVolume && t.n > 0 && t.observed > expected && qi < options.alpha,
      chance: chanceWords(qi),
    };
  });
}

/** Mid-p value of `observed` in the current window against `baselineTotal` over `baselineWindows` windows. */
export function risingPValue(observed: number, baselineTotal: number, baselineWindows: number): number {
  const total = observed + baselineTotal;
  if (total === 0) return 1;
  return binomialUpperMidP(observed, total, 1 / (baselineWindows + 1));
}

/** P(X > k) + P(X = k) / 2 for X ~ Binomial(n, p), summed in log space from k outwards (no underflow at large n). */
export function binomialUpperMidP(k: number, n: number, p: number): number {
  if (k > n) return 0;
  if (p <= 0) return k === 0 ? 0.5 : 0;
  if (p >= 1) return k === n ? 0.5 : 1;
  const logPmf = (i: number) => logChoose(n, i) + i * Math.log(p) + (n - i) * Math.log1p(-p);
  const atK = Math.exp(logPmf(k));
  // Sum the smaller side: terms shrink away from the mode, so stop once they no longer add anything.
  if (k >= n * p) return Math.min(1, atK / 2 + tail(logPmf, k + 1, n, 1));
  return Math.max(0, 1 - atK / 2 - tail(logPmf, k - 1, 0, -1));
}

function tail(logPmf: (i: number) => number, from: number, to: number, step: 1 | -1): number {
  let sum = 0;
  for (let i = from; step === 1 ? i <= to : i >= to; i += step) {
    const term = Math.exp(logPmf(i));
    sum += term;
    if (term < sum * 1e-16) break;
  }
  return sum;
}

function logChoose(n: number, k: number): number {
  return logGamma(n + 1) - logGamma(k + 1) - logGamma(n - k + 1);
}

const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];

/** ln Γ(x) for x > 0 (Lanczos, g = 7): accurate to about 15 digits, enough for p values. */
export function logGamma(x: number): number {
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const z = x - 1;
  let a = LANCZOS[0]!;
  const t = z + 7.5;
  for (let i = 1; i < 9; i++) a += LANCZOS[i]! / (z + i);
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
}

/** Benjamini–Hochberg adjusted p values (q values), in the input order. */
export function benjaminiHochberg(pValues: readonly number[]): number[] {
  const m = pValues.length;
  const order = pValues.map((p, i) => ({ p, i })).sort((a, b) => a.p - b.p);
  const q = new Array<number>(m);
  let running = 1;
  for (let rank = m; rank >= 1; rank--) {
    const { p, i } = order[rank - 1]!;
    running = Math.min(running, (p * m) / rank);
    q[i] = Math.min(1, running);
  }
  return q;
}

/** A q value as a sentence part: "unlikely to be chance". */
export function chanceWords(q: number): string {
  if (q < 0.001) return "very unlikely to be chance";
  if (q < 0.01) return "unlikely to be chance";
  if (q < 0.05) return "probably not chance";
  if (q < 0.2) return "could be chance";
  return "within its usual range";
}

export interface TWindow {
  /** First and last day, inclusive. */
  from: string;
  to: string;
}

/** `count` consecutive windows of `days` days, oldest first, the last one ending on `to`. */
export function windowsEndingOn(to: string, days: number, count: number): TWindow[] {
  return Array.from({ length: count }, (_, i) => {
    const end = addDays(to, -(count - 1 - i) * days);
    return { from: addDays(end, -(days - 1)), to: end };
  });
}

/** Day counts ("2026-12-07" -> n) added up per window; days outside every window are left out. */
export function countsPerWindow(dayCounts: ReadonlyMap<string, number>, windows: readonly TWindow[]): number[] {
  return windows.map((w) => {
    let sum = 0;
    for (const [day, n] of dayCounts) if (day >= w.from && day <= w.to) sum += n;
    return sum;
  });
}
