import { z } from "zod";

/** How often the workspace retrains its intent model on its own: never, or once a day or week after the last training. */
export const RETRAIN_SCHEDULES = ["never", "daily", "weekly"] as const;
export type TRetrainSchedule = (typeof RETRAIN_SCHEDULES)[number];

const PERIOD_MS: Record<Exclude<TRetrainSchedule, "never">, number> = { daily: 24 * 3_600_000, weekly: 7 * 24 * 3_600_000 };

/**
 * The workspace's retraining policy (Settings key "intentRetrainPolicy"): the schedule, and the margin in points of
 * held-out accuracy by which a new version must beat the active one to be made active without a person; null: a
 * person always decides.
 */
export const ZRetrainPolicySchema = z.object({
  schedule: z.enum(RETRAIN_SCHEDULES, { error: "Choose never, every day or every week" }),
  autoActivateMargin: z
    .number({ error: "Enter the margin as a number of points, such as 2" })
    .min(0, "The margin cannot be below 0 points")
    .max(50, "Keep the margin at 50 points or less")
    .nullable(),
});
export type TRetrainPolicy = z.infer<typeof ZRetrainPolicySchema>;

export const DEFAULT_RETRAIN_POLICY: TRetrainPolicy = { schedule: "never", autoActivateMargin: null };

/**
 * When the schedule next starts a training: a period after the newest version was started (by anyone, so a
 * one-click training also resets the clock); at once when none ever was; null when the schedule is off.
 */
export function nextRetrainAt(schedule: TRetrainSchedule, lastStartedAt: Date | null): Date | null {
  if (schedule === "never") return null;
  if (lastStartedAt === null) return new Date(0);
  return new Date(lastStartedAt.getTime() + PERIOD_MS[schedule]);
}

export const SCHEDULE_LABELS: Record<TRetrainSchedule, string> = { never: "Never", daily: "Every day", weekly: "Every week" };
