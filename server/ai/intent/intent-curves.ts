import "server-only";
import type { TScoredRow } from "./calibration";

/** The thresholds of the per-intent curves: coarser than the overall curve's 100, as there are many intents. */
export const INTENT_CURVE_THRESHOLDS = Array.from({ length: 20 }, (_, i) => i / 20);

/**
 * For one intent, what a confidence threshold on it does (a classify-intent node's "thresholds by intent"): of
 * the tickets the model labels with this intent, the share it would still answer, and how many of those are right.
 */
export interface TIntentCurve {
  label: string;
  /** Out-of-fold rows the model labelled with this intent. */
  predicted: number;
  points: Array<{ threshold: number; precision: number; coverage: number }>;
}

/** One curve per in-scope class the model ever predicts, from the same out-of-fold rows as the overall curve. */
export function intentCurves(rows: readonly TScoredRow[], classes: readonly string[], thresholds = INTENT_CURVE_THRESHOLDS): TIntentCurve[] {
  const byClass = new Map<number, TScoredRow[]>();
  for (const r of rows) {
    if (r.predicted < 0) continue;
    const list = byClass.get(r.predicted);
    if (list === undefined) byClass.set(r.predicted, [r]);
    else list.push(r);
  }
  return [...byClass]
    .sort(([a], [b]) => classes[a]!.localeCompare(classes[b]!))
    .map(([c, labelled]) => ({
      label: classes[c]!,
      predicted: labelled.length,
      points: thresholds.map((threshold) => {
        let answered = 0;
        let correct = 0;
        for (const r of labelled) {
          if (r.probability < threshold) continue;
          answered++;
          if (r.actual === c) correct++;
        }
        return { threshold, precision: answered === 0 ? 1 : correct / answered, coverage: answered / labelled.length };
      }),
    }));
}

/** For each intent, the lowest threshold at which its answers reach the precision, with the share it still answers; none when no threshold does. */
export function thresholdsReaching(curves: readonly TIntentCurve[], precision: number): Record<string, { threshold: number; coverage: number }> {
  const out: Record<string, { threshold: number; coverage: number }> = {};
  for (const c of curves) {
    const p = c.points.find((q) => q.precision >= precision && q.coverage > 0);
    if (p !== undefined) out[c.label] = { threshold: p.threshold, coverage: p.coverage };
  }
  return out;
}
