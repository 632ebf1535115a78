import { z } from "zod";

const ZDaySchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Give a day as YYYY-MM-DD.");

/**
 * What a dashboard, a target or a review looks at: a range of days (inclusive, by the ticket's creation day) and
 * the dimensions of the rollup. An absent dimension means all of its values; "" means "none" (no category, no queue).
 */
export const ZMetricFiltersSchema = z.object({
  from: ZDaySchema,
  to: ZDaySchema,
  origin: z.enum(["all", "live", "imported"]).default("all"),
  category: z.string().max(200).optional(),
  /** 0: no tier. */
  tier: z.number().int().min(0).max(9).optional(),
  channel: z.string().max(40).optional(),
  queueId: z.string().max(100).optional(),
  flowId: z.string().max(100).optional(),
  versionId: z.string().max(100).optional(),
  connectionId: z.string().max(100).optional(),
});
export type TMetricFilters = z.infer<typeof ZMetricFiltersSchema>;

/** What rollup sums can be grouped by: time (week starts on Monday), or any dimension. */
export const GROUP_DIMENSIONS = ["week", "day", "origin", "category", "tier", "channel", "queueId", "flowId", "versionId", "connectionId", "escalationReason"] as const;
export type TGroupDimension = (typeof GROUP_DIMENSIONS)[number];

/** The tickets behind one bar or point: the filters, narrowed by the group it stands for and what it counts. */
export const ZDrillDownSchema = z.object({
  filters: ZMetricFiltersSchema,
  group: z.partialRecord(z.enum(GROUP_DIMENSIONS), z.union([z.string(), z.number()])).default({}),
  /** Which tickets of the group: by handling, or those with a flag. Absent: every ticket in the group. */
  only: z.enum(["automated", "came-back", "ai-assisted", "human", "unresolved", "deflected", "sla-breached", "repeat-contact", "escalated", "ai-judged"]).optional(),
  cursor: z.string().optional(),
  limit: z.number().int().min(1).max(200).default(50),
});
export type TDrillDown = z.infer<typeof ZDrillDownSchema>;
