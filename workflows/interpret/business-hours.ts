import { MS_PER_DAY, type BusinessCalendar } from "./business-hours-calendar";
import type { Zone } from "./business-hours-zone";

/**
 * Business-time arithmetic over a resolved calendar: whether an instant is inside business hours, and the
 * instant a span of business time ends. Open hours never cross midnight (a day ends by 24:00), so every open
 * stretch belongs to one local date; the zone turns local dates and clock times into instants, DST included.
 */

/** A run of closed days this long means a calendar with no open time ahead: the caller falls back to clock time. */
const MAX_DAYS_AHEAD = 3 * 366;

interface LocalTime {
  /** Local date, as days since 1970-01-01. */
  day: number;
  /** Minutes since local midnight. */
  minute: number;
}

export function localTimeOf(utcMs: number, zone: Zone): LocalTime {
  const local = utcMs + zone.offsetMinutesAt(utcMs) * 60_000;
  const day = Math.floor(local / MS_PER_DAY);
  return { day, minute: Math.floor((local - day * MS_PER_DAY) / 60_000) };
}

/**
 * The instant a local clock time happens on a local date. In the hour skipped when clocks go forward, the
 * clock time is read with the offset before the change (02:30 becomes 03:30); in the hour repeated when they
 * go back, the first of the two instants.
 */
export function instantOf(day: number, minute: number, zone: Zone): number {
  const wall = day * MS_PER_DAY + minute * 60_000;
  const first = zone.offsetMinutesAt(wall);
  const guess = wall - first * 60_000;
  const second = zone.offsetMinutesAt(guess);
  if (second === first) return guess;
  const retry = guess - (second - first) * 60_000;
  const third = zone.offsetMinutesAt(retry);
  if (third === second) return retry;
  return wall - Math.max(second, third) * 60_000;
}

/** 0 = Sunday … 6 = Saturday of a day number (1970-01-01 was a Thursday). */
function weekdayOf(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

/** Enough local dates for years of backtests; a cache that grows past it starts over. */
const MAX_STRETCHES = 20_000;

/** The open stretch of a local date, as instants [start, end), or null when the workspace is closed that day. */
function openStretch(calendar: BusinessCalendar, day: number): { readonly start: number; readonly end: number } | null {
  let stretch = calendar.stretches.get(day);
  if (stretch === undefined) {
    stretch = stretchOf(calendar, day);
    if (calendar.stretches.size >= MAX_STRETCHES) calendar.stretches.clear();
    calendar.stretches.set(day, stretch);
  }
  return stretch;
}

function stretchOf(calendar: BusinessCalendar, day: number): { start: number; end: number } | null {
  if (calendar.holidays.has(day)) return null;
  const hours = calendar.week[weekdayOf(day)];
  if (hours === null || hours === undefined) return null;
  return { start: instantOf(day, hours.start, calendar.zone), end: instantOf(day, hours.end, calendar.zone) };
}

/** Whether the instant falls inside business hours: an open weekday, not a holiday, between its start and end. */
export function withinBusinessHours(utcMs: number, calendar: BusinessCalendar): boolean {
  const local = localTimeOf(utcMs, calendar.zone);
  if (calendar.holidays.has(local.day)) return false;
  const hours = calendar.week[weekdayOf(local.day)];
  return hours !== null && hours !== undefined && local.minute >= hours.start && local.minute < hours.end;
}

/**
 * The instant `durationMs` of business time after `startMs`: time outside open hours and on holidays does not
 * count, so 4 hours from Friday 16:00 (open 09:00 to 17:00 on weekdays) ends Monday 12:00. A start outside
 * hours counts from the next opening. Null when the calendar has no open time for years ahead.
 */
export function addBusinessTime(startMs: number, durationMs: number, calendar: BusinessCalendar): number | null {
  if (durationMs <= 0) return startMs;
  let remaining = durationMs;
  // The day before too: at a start just after midnight, the previous local date's stretch may still be open
  // when a DST change makes that date longer than 24 hours.
  const first = localTimeOf(startMs, calendar.zone).day - 1;
  for (let day = first; day <= first + MAX_DAYS_AHEAD; day++) {
    const stretch = openStretch(calendar, day);
    if (stretch === null) continue;
    const from = Math.max(stretch.start, startMs);
    if (from >= stretch.end) continue;
    const open = stretch.end - from;
    if (remaining <= open) return from + remaining;
    remaining -= open;
  }
  return null;
}

/**
 * Business time between two instants, in ms: the open stretches they overlap, so a ticket opened Friday 16:00
 * and answered Monday 10:00 (open 09:00 to 17:00 on weekdays) waited two business hours. Zero when `endMs` is
 * not after `startMs`; clock time when the span runs past the years a calendar is searched for open time.
 */
export function businessMsBetween(startMs: number, endMs: number, calendar: BusinessCalendar): number {
  if (endMs <= startMs) return 0;
  const first = localTimeOf(startMs, calendar.zone).day - 1;
  const last = localTimeOf(endMs, calendar.zone).day;
  if (last - first > MAX_DAYS_AHEAD) return endMs - startMs;
  let total = 0;
  for (let day = first; day <= last; day++) {
    const stretch = openStretch(calendar, day);
    if (stretch === null) continue;
    const from = Math.max(stretch.start, startMs);
    const to = Math.min(stretch.end, endMs);
    if (to > from) total += to - from;
  }
  return total;
}
