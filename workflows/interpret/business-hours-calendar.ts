import { clockMinutes, DEFAULT_WORKSPACE_CALENDAR, type TWorkspaceCalendar } from "../model/calendar";
import type { TBusinessHours } from "../model/graph";
import type { FlowPlan } from "../model/plan";
import { fixedZone, zoneNamed, type Zone } from "./business-hours-zone";

export const MS_PER_DAY = 86_400_000;

/** A calendar ready for arithmetic: open minutes per weekday, closed days by day number, and the zone. */
export interface BusinessCalendar {
  readonly zone: Zone;
  /** Index 0 = Sunday … 6 = Saturday: the open minutes of the local day, or null when closed. */
  readonly week: ReadonlyArray<{ readonly start: number; readonly end: number } | null>;
  /** Local dates the workspace is closed, as days since 1970-01-01. */
  readonly holidays: ReadonlySet<number>;
  /** Words for trace reasons: "Europe/Paris". */
  readonly zoneName: string;
  /** Open stretches already worked out, by local date: a backtest asks for the same few weeks again and again. */
  readonly stretches: Map<number, { readonly start: number; readonly end: number } | null>;
}

/** Days since 1970-01-01 of a "YYYY-MM-DD" date. */
export function dayNumberOf(date: string): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / MS_PER_DAY;
}

const fromWorkspace = new WeakMap<TWorkspaceCalendar, BusinessCalendar>();
const fromOverride = new WeakMap<TBusinessHours, WeakMap<TWorkspaceCalendar, BusinessCalendar>>();

/**
 * The calendar a run counts business time with: the flow's own business hours when its graph sets them (at
 * their fixed offset, with the workspace's holidays), otherwise the workspace calendar the run was started
 * with, otherwise the default week. Resolved once per calendar object: a backtest hands every ticket the same one.
 */
export function businessCalendarOf(plan: FlowPlan, workspace: TWorkspaceCalendar | null): BusinessCalendar {
  const base = workspace ?? DEFAULT_WORKSPACE_CALENDAR;
  const override = plan.businessHours;
  if (override !== undefined) {
    let byWorkspace = fromOverride.get(override);
    if (byWorkspace === undefined) {
      byWorkspace = new WeakMap();
      fromOverride.set(override, byWorkspace);
    }
    let calendar = byWorkspace.get(base);
    if (calendar === undefined) {
      calendar = overrideCalendar(override, base);
      byWorkspace.set(base, calendar);
    }
    return calendar;
  }
  let calendar = fromWorkspace.get(base);
  if (calendar === undefined) {
    calendar = workspaceCalendar(base);
    fromWorkspace.set(base, calendar);
  }
  return calendar;
}

function workspaceCalendar(calendar: TWorkspaceCalendar): BusinessCalendar {
  const week: Array<{ start: number; end: number } | null> = [null, null, null, null, null, null, null];
  for (const day of calendar.hours) {
    const start = clockMinutes(day.start);
    const end = clockMinutes(day.end);
    if (end > start) week[day.day] = { start, end };
  }
  return { zone: zoneNamed(calendar.timeZone), week, holidays: holidaysOf(calendar), zoneName: calendar.timeZone, stretches: new Map() };
}

function overrideCalendar(hours: TBusinessHours, workspace: TWorkspaceCalendar): BusinessCalendar {
  const start = clockMinutes(hours.start);
  const end = clockMinutes(hours.end);
  const week = [0, 1, 2, 3, 4, 5, 6].map((day) => (hours.days.includes(day) && end > start ? { start, end } : null));
  return { zone: fixedZone(hours.utcOffsetMinutes), week, holidays: holidaysOf(workspace), zoneName: utcOffsetName(hours.utcOffsetMinutes), stretches: new Map() };
}

function holidaysOf(calendar: TWorkspaceCalendar): ReadonlySet<number> {
  return new Set(calendar.holidays.map((h) => dayNumberOf(h.date)));
}

function utcOffsetName(minutes: number): string {
  if (minutes === 0) return "UTC";
  const abs = Math.abs(minutes);
  const hh = String(Math.floor(abs / 60)).padStart(2, "0");
  const mm = String(abs % 60).padStart(2, "0");
  return `UTC${minutes < 0 ? "-" : "+"}${hh}:${mm}`;
}
