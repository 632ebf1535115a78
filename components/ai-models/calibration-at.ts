import type { TModelView } from "@/server/services/intent-models/model-view";

type Metrics = NonNullable<TModelView["metrics"]>;
type Point = Metrics["curve"][number];

/**
 * What the calibration view shows for a pick: the curve (all intents, or one intent's own when it has one) and
 * its point nearest the threshold. `intent` is null when the pick is "all intents" or an intent with no curve.
 */
export function calibrationAt(metrics: Metrics, pick: string, threshold: number): { curve: Point[]; at: Point; intent: Metrics["intentCurves"][number] | null } {
  const intent = metrics.intentCurves.find((c) => c.label === pick) ?? null;
  const curve = intent?.points ?? metrics.curve;
  const at = curve.reduce((best, p) => (Math.abs(p.threshold - threshold) < Math.abs(best.threshold - threshold) ? p : best), curve[0]!);
  return { curve, at, intent };
}
