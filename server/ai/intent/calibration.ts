import "server-only";
import type { TCurvePoint } from "./model";

/** One scored row, as the curve needs it: the answer the model would give, how sure it was, and the truth. */
export interface TScoredRow {
  /** Index of the predicted in-scope class; -1 when the model's top class is the abstain label. */
  predicted: number;
  probability: number;
  /** Index of the true class; -1 for an abstain-label (out-of-scope) row. */
  actual: number;
}

export const TARGET_PRECISION = 0.97;
export const CURVE_THRESHOLDS = Array.from({ length: 100 }, (_, i) => i / 100);

/** softmax(z / temperature), in place: how every calibrated part turns its scores into probabilities. */
export function softmaxWithTemperature(z: Float64Array | Float32Array, temperature: number): void {
  let max = -Infinity;
  for (let c = 0; c < z.length; c++) if ((z[c] = z[c]! / temperature) > max) max = z[c]!;
  let sum = 0;
  for (let c = 0; c < z.length; c++) sum += z[c] = Math.exp(z[c]! - max);
  for (let c = 0; c < z.length; c++) z[c]! /= sum;
}

/** Mean negative log-likelihood of the true classes under softmax(logits / T). */
function nll(logits: Float32Array, labels: Int32Array, classes: number, temperature: number): number {
  let total = 0;
  for (let r = 0; r < labels.length; r++) {
    const base = r * classes;
    let max = -Infinity;
    for (let c = 0; c < classes; c++) max = Math.max(max, logits[base + c]! / temperature);
    let sum = 0;
    for (let c = 0; c < classes; c++) sum += Math.exp(logits[base + c]! / temperature - max);
    total += Math.log(sum) + max - logits[base + labels[r]!]! / temperature;
  }
  return total / Math.max(1, labels.length);
}

/**
 * Temperature scaling: the one scalar T minimising the NLL of out-of-fold logits (golden-section search on log T;
 * SVM margins need a small T, softmax logits one near 1).
 * It leaves the ranking of classes unchanged and only makes "probability" mean what it says.
 */
export function fitTemperature(logits: Float32Array, labels: Int32Array, classes: number): number {
  let lo = Math.log(0.002);
  let hi = Math.log(20);
  const ratio = (Math.sqrt(5) - 1) / 2;
  let a = hi - ratio * (hi - lo);
  let b = lo + ratio * (hi - lo);
  let fa = nll(logits, labels, classes, Math.exp(a));
  let fb = nll(logits, labels, classes, Math.exp(b));
  for (let i = 0; i < 40; i++) {
    if (fa < fb) {
      hi = b;
      b = a;
      fb = fa;
      a = hi - ratio * (hi - lo);
      fa = nll(logits, labels, classes, Math.exp(a));
    } else {
      lo = a;
      a = b;
      fa = fb;
      b = lo + ratio * (hi - lo);
      fb = nll(logits, labels, classes, Math.exp(b));
    }
  }
  return Math.exp((lo + hi) / 2);
}

/** Precision and coverage (and, with out-of-scope rows, rejection and in-scope accuracy) at each threshold. */
export function precisionCoverageCurve(rows: TScoredRow[], thresholds = CURVE_THRESHOLDS): TCurvePoint[] {
  const outOfScope = rows.filter((r) => r.actual < 0).length;
  const inScope = rows.length - outOfScope;
  return thresholds.map((threshold) => {
    let answered = 0;
    let correct = 0;
    let rejected = 0;
    for (const r of rows) {
      const answers = r.predicted >= 0 && r.probability >= threshold;
      if (answers) {
        answered++;
        if (r.predicted === r.actual) correct++;
      } else if (r.actual < 0) rejected++;
    }
    const point: TCurvePoint = {
      threshold,
      precision: answered === 0 ? 1 : correct / answered,
      coverage: rows.length === 0 ? 0 : answered / rows.length,
    };
    if (outOfScope > 0) {
      point.oosRejected = rejected / outOfScope;
      point.inScopeAccuracy = inScope === 0 ? 0 : correct / inScope;
    }
    return point;
  });
}

export const PRECISION_RULE = `the lowest threshold whose cross-validated precision on answered rows is at least ${TARGET_PRECISION * 100}%`;
/** How much in-scope accuracy (abstentions counted as errors) the out-of-scope rejection may cost, at most. */
export const IN_SCOPE_LOSS_BUDGET = 0.02;
export const ABSTAIN_RULE = `the highest threshold whose cross-validated in-scope accuracy (abstentions counted as errors) is at most ${IN_SCOPE_LOSS_BUDGET * 100} points below the in-scope accuracy at threshold 0: reject as much out-of-scope as that budget of in-scope abstentions allows`;

/**
 * The abstention threshold, from out-of-fold predictions on the training data only. Without out-of-scope rows: the
 * lowest threshold reaching the target precision (the most coverage at that precision), or the most precise one
 * when none does. With out-of-scope rows: see ABSTAIN_RULE. A fixed budget of in-scope loss, rather than an equal
 * weighing of both error rates, because cross-validated in-scope accuracy runs optimistic and equal weighing gave
 * away too much in-scope accuracy on CLINC150's dev split (the only data this was tuned on).
 */
export function chooseThreshold(curve: TCurvePoint[], withOutOfScope: boolean): { threshold: number; rule: string } {
  if (withOutOfScope) {
    const floor = (curve[0]!.inScopeAccuracy ?? 0) - IN_SCOPE_LOSS_BUDGET;
    const within = curve.filter((p) => (p.inScopeAccuracy ?? 0) >= floor - 1e-12);
    return { threshold: within.at(-1)!.threshold, rule: ABSTAIN_RULE };
  }
  const reaching = curve.find((p) => p.precision >= TARGET_PRECISION && p.coverage > 0);
  if (reaching) return { threshold: reaching.threshold, rule: PRECISION_RULE };
  let best = curve[0]!;
  for (const p of curve) if (p.coverage > 0 && p.precision > best.precision) best = p;
  return { threshold: best.threshold, rule: `${PRECISION_RULE}; none reached it, so the most precise threshold` };
}
