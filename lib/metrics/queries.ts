import { z } from "zod";
import { GROUP_DIMENSIONS, ZMetricFiltersSchema } from "./filters";

/** Figures per group: per week, per week and category, per category... (one or two dimensions). */
export const ZMetricSeriesSchema = z.object({
  filters: ZMetricFiltersSchema,
  groupBy: z.array(z.enum(GROUP_DIMENSIONS)).min(1).max(2),
  /**
   * Whether each group's durations (median, p90) are summed too: without them (the default) they are empty, count 0.
   * Many groups over a long range read much faster without them.
   */
  durations: z.boolean().default(false),
});
export type TMetricSeriesInput = z.infer<typeof ZMetricSeriesSchema>;

/** A flow version's first weeks live against the weeks before it, narrowed by the dimensions a version runs across. */
export const ZVersionImpactSchema = z.object({
  versionId: z.string().min(1).max(100),
  /** How many weeks before and after the version went live to compare. */
  weeks: z.number().int().min(1).max(26).default(4),
  category: z.string().max(200).optional(),
  tier: z.number().int().min(0).max(9).optional(),
  channel: z.string().max(40).optional(),
  queueId: z.string().max(100).optional(),
  connectionId: z.string().max(100).optional(),
});
export type TVersionImpactInput = z.infer<typeof ZVersionImpactSchema>;
