import { z } from "zod";
import { TARGET_HORIZONS, TARGET_METRIC_DEFS, ZTargetMetricSchema } from "../../workflows/metrics/targets";

/**
 * Which target: a metric, a category ("" for every ticket) and a horizon. Each change of it is a new version;
 * the newest version is the target, unless it was retired.
 */
export const ZTargetKeySchema = z
  .object({
    metric: ZTargetMetricSchema,
    category: z.string().trim().max(200).default(""),
    horizonMonths: z.literal(TARGET_HORIZONS, { error: "Choose a target date 3, 6 or 12 months ahead." }),
  })
  .refine((k) => k.category === "" || TARGET_METRIC_DEFS[k.metric].perCategory, {
    path: ["category"],
    message: "Only the automation rate can be set for one category; leave the category on “All tickets”.",
  });
export type TTargetKey = z.infer<typeof ZTargetKeySchema>;

/**
 * Set a target where there is none, or change the current one (`expectedVersion`: the version the user saw, so two
 * edits never cross). The value is in its stored unit: a share as a fraction (0.45 for 45%), a duration in hours.
 * The note says why, for whoever reads the history later.
 */
export const ZSetTargetSchema = z
  .object({
    key: ZTargetKeySchema,
    expectedVersion: z.number().int().min(1).optional(),
    value: z.number({ error: "Enter the target as a number." }),
    note: z.string().trim().max(500, "Keep the note under 500 characters.").optional(),
  })
  .superRefine((t, ctx) => {
    const unit = TARGET_METRIC_DEFS[t.key.metric].unit;
    if (unit === "share" && !(t.value > 0 && t.value <= 1)) {
      ctx.addIssue({ code: "custom", path: ["value"], message: "Set a percentage above 0 and at most 100." });
    }
    if (unit === "hours" && !(t.value > 0 && t.value <= 24 * 30)) {
      ctx.addIssue({ code: "custom", path: ["value"], message: "Set a number of hours above 0 and at most 720 (30 days)." });
    }
  });
export type TSetTarget = z.infer<typeof ZSetTargetSchema>;

/** Retire the current target of a key (the version the user saw). */
export const ZRetireTargetSchema = z.object({ key: ZTargetKeySchema, expectedVersion: z.number().int().min(1) });
export type TRetireTarget = z.infer<typeof ZRetireTargetSchema>;
