import { z } from "zod";
import { DEFAULT_REPEAT_CONTACT_DAYS } from "../../workflows/metrics/definitions";

/** The Setting row that holds how metrics are counted. */
export const METRICS_SETTING_KEY = "metrics";

/**
 * How metrics are counted in this workspace: how many days after a resolution a reopen or a new ticket on the same
 * issue still counts against it. Changing it changes past figures too, so the rollup is rebuilt after a change.
 */
export const ZMetricsSettingsSchema = z.object({
  repeatContactDays: z.number().int().min(1, "Count at least one day").max(90, "Count at most 90 days").default(DEFAULT_REPEAT_CONTACT_DAYS),
});
export type TMetricsSettings = z.infer<typeof ZMetricsSettingsSchema>;

/** The settings a stored value stands for: absent or no longer valid reads as the defaults. */
export function metricsSettingsOf(value: unknown): TMetricsSettings {
  const parsed = ZMetricsSettingsSchema.safeParse(value ?? {});
  return parsed.success ? parsed.data : ZMetricsSettingsSchema.parse({});
}
