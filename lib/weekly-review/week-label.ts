import { dayOf, isoWeek, weekDays } from "../../workflows/metrics/weeks";

/** The ISO week a moment falls in, by its UTC day: the week /review opens. */
export function currentWeek(now: Date): string {
  return isoWeek(dayOf(now.getTime()));
}

/** Whether a label can have a review yet: a week that exists and has begun. */
export function weekLabelState(label: string, now: Date): "ok" | "not-a-week" | "not-started" {
  const days = weekDays(label);
  if (!days) return "not-a-week";
  return days.from > dayOf(now.getTime()) ? "not-started" : "ok";
}
