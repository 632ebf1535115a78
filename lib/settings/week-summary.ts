import type { TWeekHours } from "../../workflows/model/calendar";

const SHORT = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
/** Monday first, as people read a working week. */
const ORDER = [1, 2, 3, 4, 5, 6, 0];

/**
 * A week in a few words: days in a row with the same hours are joined, "Mon–Fri 09:00–17:00, Sat 10:00–14:00";
 * "Closed every day" for an empty week.
 */
export function weekSummary(week: TWeekHours): string {
  const byDay = new Map(week.map((d) => [d.day, `${d.start}–${d.end}`]));
  const runs: Array<{ first: number; last: number; hours: string }> = [];
  for (const day of ORDER) {
    const hours = byDay.get(day);
    const run = runs.at(-1);
    if (hours === undefined) {
      runs.push({ first: -1, last: -1, hours: "" });
      continue;
    }
    if (run !== undefined && run.hours === hours && run.last !== -1) run.last = day;
    else runs.push({ first: day, last: day, hours });
  }
  const parts = runs.filter((r) => r.first !== -1).map((r) => `${r.first === r.last ? SHORT[r.first] : `${SHORT[r.first]}–${SHORT[r.last]}`} ${r.hours}`);
  return parts.length === 0 ? "Closed every day" : parts.join(", ");
}
