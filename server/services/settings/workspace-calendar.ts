import "server-only";
import type { Prisma, PrismaClient } from "@prisma/client";
import { DEFAULT_WORKSPACE_CALENDAR, ZWorkspaceCalendarSchema, type TWorkspaceCalendar } from "../../../workflows/model/calendar";

const CALENDAR_KEY = "workspaceCalendar";

/**
 * The workspace calendar: business hours, time zone and holidays. Runs take it as input (a live run reads it
 * once when its ticket arrives, a backtest once when it starts), so a change applies to runs started after it.
 * A workspace that never set one has the default week; a stored value that no longer parses reads as the
 * default too rather than stopping every run.
 */
export async function getWorkspaceCalendar(prisma: PrismaClient): Promise<TWorkspaceCalendar> {
  const row = await prisma.setting.findUnique({ where: { key: CALENDAR_KEY } });
  return calendarOf(row?.value ?? null);
}

/** The calendar a stored setting value (null when none was saved) stands for. */
export function calendarOf(value: unknown): TWorkspaceCalendar {
  if (value === null) return DEFAULT_WORKSPACE_CALENDAR;
  const parsed = ZWorkspaceCalendarSchema.safeParse(value);
  return parsed.success ? parsed.data : DEFAULT_WORKSPACE_CALENDAR;
}

/** Replaces the calendar; the audit row holds before and after. Holidays are stored in date order. */
export async function saveWorkspaceCalendar(prisma: PrismaClient, input: TWorkspaceCalendar, actor: string): Promise<TWorkspaceCalendar> {
  const after: TWorkspaceCalendar = {
    timeZone: input.timeZone,
    hours: [...input.hours].sort((a, b) => a.day - b.day),
    holidays: [...input.holidays].sort((a, b) => a.date.localeCompare(b.date)),
  };
  const before = await getWorkspaceCalendar(prisma);
  const value = after as unknown as Prisma.InputJsonValue;
  await prisma.$transaction([
    prisma.setting.upsert({ where: { key: CALENDAR_KEY }, create: { key: CALENDAR_KEY, value }, update: { value } }),
    prisma.auditLog.create({
      data: { actor, action: "settings.calendar", subject: CALENDAR_KEY, details: { before, after } as unknown as Prisma.InputJsonValue },
    }),
  ]);
  return after;
}
