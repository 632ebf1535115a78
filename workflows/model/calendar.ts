import { z } from "zod";

/**
 * The workspace calendar: when the team works, in which time zone, and which days it is closed. It is an
 * input to every run (the live start and the backtest both pass it in), never read from inside a run, so a
 * run's business-time decisions are the same whenever and wherever it is replayed.
 */

export const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"] as const;

/** "09:00", or "24:00" for a day that runs to midnight. */
export const ZClockTimeSchema = z
  .string({ error: "Enter a time such as 09:00" })
  .regex(/^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/, "Enter a time on the 24-hour clock, such as 09:00 or 17:30");

export function clockMinutes(hhmm: string): number {
  return Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
}

/** One open day of the week: 0 = Sunday … 6 = Saturday. */
export const ZDayHoursSchema = z
  .object({ day: z.number().int().min(0).max(6), start: ZClockTimeSchema, end: ZClockTimeSchema })
  .refine((d) => clockMinutes(d.end) > clockMinutes(d.start), { message: "The day must end after it starts", path: ["end"] });
export type TDayHours = z.infer<typeof ZDayHoursSchema>;

/** The open days of a week, each at most once; days not listed are closed. */
export const ZWeekHoursSchema = z
  .array(ZDayHoursSchema)
  .max(7)
  .superRefine((days, ctx) => {
    const seen = new Set<number>();
    days.forEach((d, i) => {
      if (seen.has(d.day)) ctx.addIssue({ code: "custom", message: `${WEEKDAYS[d.day]} is listed twice`, path: [i, "day"] });
      seen.add(d.day);
    });
  });
export type TWeekHours = z.infer<typeof ZWeekHoursSchema>;

/** Zone names already checked: the calendar is parsed on every ticket's arrival and every backtest chunk. */
const knownZones = new Map<string, boolean>();

/** Whether the runtime knows an IANA time zone name such as "Europe/Paris" (pure: no clock is read). */
export function isTimeZone(name: string): boolean {
  if (name.trim() === "" || name !== name.trim()) return false;
  let known = knownZones.get(name);
  if (known === undefined) {
    try {
      new Intl.DateTimeFormat("en-US", { timeZone: name });
      known = true;
    } catch {
      known = false;
    }
    if (knownZones.size < 1000) knownZones.set(name, known);
  }
  return known;
}

export const ZTimeZoneSchema = z
  .string({ error: "Choose a time zone" })
  .refine(isTimeZone, { message: "Not a time zone we know: use a name such as Europe/Paris or America/New_York" });

/** A calendar date, "2026-12-25", that exists (no 31 April). */
export const ZCalendarDateSchema = z
  .string({ error: "Enter a date" })
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Enter a date as YYYY-MM-DD")
  .refine(isRealDate, { message: "That date does not exist" });

function isRealDate(text: string): boolean {
  const [y, m, d] = text.split("-").map(Number) as [number, number, number];
  const ms = Date.UTC(y, m - 1, d);
  const back = new Date(ms);
  return back.getUTCFullYear() === y && back.getUTCMonth() === m - 1 && back.getUTCDate() === d;
}

export const ZHolidaySchema = z.object({
  date: ZCalendarDateSchema,
  name: z.string({ error: "Name the holiday" }).trim().min(1, "Name the holiday").max(80, "Keep the name under 80 characters"),
});
export type THoliday = z.infer<typeof ZHolidaySchema>;

export const ZWorkspaceCalendarSchema = z.object({
  timeZone: ZTimeZoneSchema,
  hours: ZWeekHoursSchema.min(1, "Open at least one day a week"),
  holidays: z
    .array(ZHolidaySchema)
    .max(500, "Keep at most 500 holidays")
    .superRefine((holidays, ctx) => {
      const seen = new Set<string>();
      holidays.forEach((h, i) => {
        if (seen.has(h.date)) ctx.addIssue({ code: "custom", message: `${h.date} is already a holiday`, path: [i, "date"] });
        seen.add(h.date);
      });
    }),
});
export type TWorkspaceCalendar = z.infer<typeof ZWorkspaceCalendarSchema>;

/** Monday to Friday, 09:00 to 17:00. */
export const DEFAULT_WEEK_HOURS: TWeekHours = [1, 2, 3, 4, 5].map((day) => ({ day, start: "09:00", end: "17:00" }));

/** The calendar of a workspace that has not set one: Monday to Friday, 09:00 to 17:00 UTC, no holidays. */
export const DEFAULT_WORKSPACE_CALENDAR: TWorkspaceCalendar = { timeZone: "UTC", hours: DEFAULT_WEEK_HOURS, holidays: [] };
