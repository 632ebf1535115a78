import "server-only";
import type { IntentModel } from "@prisma/client";
import { z } from "zod";
import { intentModelName } from "./train-and-store";

const ZCurvePointSchema = z.object({ threshold: z.number(), precision: z.number(), coverage: z.number() });
export const ZIntentCurvesSchema = z.array(z.object({ label: z.string(), predicted: z.number(), points: z.array(ZCurvePointSchema) }));
const ZHeldOutScoreSchema = z.object({ rows: z.number(), accuracy: z.number(), coverageAt97: z.number().nullable() });
/** The version against the active one on the held-out rows, and the decision on activating it (activation-decision.ts). */
const ZHeldOutComparisonSchema = z.object({
  rule: z.string(),
  percent: z.number(),
  score: ZHeldOutScoreSchema,
  active: z.object({ version: z.number(), score: ZHeldOutScoreSchema.nullable(), sawHeldOut: z.boolean() }).nullable(),
  marginPoints: z.number().nullable(),
  decision: z.object({ activate: z.boolean(), outcome: z.string(), reason: z.string(), pointsBetter: z.number().nullable() }),
});
const ZModelMetricsSchema = z.object({
  crossValidatedAccuracy: z.number().nullable(),
  threshold: z.number(),
  thresholdRule: z.string(),
  curve: z.array(ZCurvePointSchema),
  /** Absent for models trained before per-intent curves were reported. */
  intentCurves: ZIntentCurvesSchema.default([]),
  trainSeconds: z.number(),
  /** The sentence encoder it trained with (weight 0: left out); null without one, and for models from before it. */
  encoder: z.object({ name: z.string(), weight: z.number(), gate: z.number().nullable() }).nullable().default(null),
  /** Null for versions trained before rows were held out: they may have trained on every row. */
  heldOut: ZHeldOutComparisonSchema.nullable().default(null).catch(null),
});
const ZProgressSchema = z.object({ stage: z.string(), done: z.number(), total: z.number(), withEncoder: z.boolean().optional(), overall: z.number().optional() });

/** A model version as the page shows it: no weights, metrics and progress parsed. */
export function modelView(row: Omit<IntentModel, "blob">) {
  const metrics = ZModelMetricsSchema.safeParse(row.metrics);
  const progress = ZProgressSchema.safeParse(row.progress);
  return {
    id: row.id,
    version: row.version,
    name: intentModelName(row),
    status: row.status,
    active: row.active,
    author: row.author,
    labels: row.labels,
    trainedOn: row.trainedOn,
    error: row.error,
    /** Cut off before it finished (not a training that failed on its own); a start tries the first one again. */
    interrupted: row.interruptedAt !== null,
    createdAt: row.createdAt,
    finishedAt: row.finishedAt,
    metrics: metrics.success ? metrics.data : null,
    progress: progress.success ? progress.data : null,
  };
}
export type TModelView = ReturnType<typeof modelView>;

