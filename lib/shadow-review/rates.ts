import { z } from "zod";

/**
 * A reviewer's verdict on a shadow draft. Only "send" counts as would-have-been-correct: an autonomous reply goes
 * out as drafted, so a draft that needed an edit would have sent the customer something a person would not.
 */
export const ZShadowVerdictSchema = z.enum(["send", "edit", "wrong"]);
export type TShadowVerdict = z.infer<typeof ZShadowVerdictSchema>;

export const DEFAULT_SHADOW_TARGET = 0.9;

export { wilsonInterval } from "../../workflows/metrics/intervals";

export interface ReviewedPoint {
  confidence: number;
  correct: boolean;
}

/**
 * The lowest confidence threshold at which the reviewed drafts it would let through are correct at least `target`
 * of the time, with how many it lets through. The candidates are the reviewed confidences themselves: between two
 * of them the set let through does not change. Null when no threshold reaches the target.
 */
export function thresholdForTarget(points: ReviewedPoint[], target: number): { threshold: number; rate: number; reviewed: number } | null {
  const sorted = [...points].sort((a, b) => b.confidence - a.confidence);
  let correct = 0;
  let best: { threshold: number; rate: number; reviewed: number } | null = null;
  for (let i = 0; i < sorted.length; i++) {
    if (sorted[i]!.correct) correct++;
    // Ties enter together: a threshold cannot let through some drafts of one confidence and not others.
    if (i + 1 < sorted.length && sorted[i + 1]!.confidence === sorted[i]!.confidence) continue;
    const rate = correct / (i + 1);
    if (rate >= target) best = { threshold: sorted[i]!.confidence, rate, reviewed: i + 1 };
  }
  return best;
}
