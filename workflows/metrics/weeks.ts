/**
 * Weeks as the dashboards, targets and the weekly review count them: ISO weeks, Monday to Sunday, in UTC days
 * ("2026-12-07"). Pure date arithmetic on day strings, so the browser and the server agree.
 */
const DAY_MS = 86_400_000;

export function dayMs(day: string): number {
  return Date.parse(`${day}T00:00:00.000Z`);
}

export function dayOf(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export function addDays(day: string, n: number): string {
  return dayOf(dayMs(day) + n * DAY_MS);
}

/** The Monday of the day's week. */
export function weekStart(day: string): string {
  const weekday = (new Date(dayMs(day)).getUTCDay() + 6) % 7;
  return addDays(day, -weekday);
}

/** ISO week label: "2026-W49". The year is the year of the week's Thursday. */
export function isoWeek(day: string): string {
  const thursday = addDays(weekStart(day), 3);
  const year = Number(thursday.slice(0, 4));
  const firstThursday = addDays(weekStart(`${year}-01-04`), 3);
  const week = Math.round((dayMs(thursday) - dayMs(firstThursday)) / (7 * DAY_MS)) + 1;
  return `${year}-W${String(week).padStart(2, "0")}`;
}

/** The days of an ISO week label, Monday to Sunday; null for a label that is not a week. */
export function weekDays(label: string): { from: string; to: string } | null {
  const m = /^(\d{4})-W(\d{2})$/.exec(label);
  if (!m) return null;
  const year = Number(m[1]);
  const week = Number(m[2]);
  const from = addDays(weekStart(`${year}-01-04`), (week - 1) * 7);
  if (week < 1 || isoWeek(from) !== label) return null;
  return { from, to: addDays(from, 6) };
}
