import type { BusinessCalendar } from "./business-hours-calendar";
import { localTimeOf } from "./business-hours";

const DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** An instant as the workspace reads it, for trace reasons: "Mon 14 Dec 2026, 12:00 (Europe/Paris)". */
export function localTimeText(utcMs: number, calendar: BusinessCalendar): string {
  const local = localTimeOf(utcMs, calendar.zone);
  const date = new Date(local.day * 86_400_000);
  const hh = String(Math.floor(local.minute / 60)).padStart(2, "0");
  const mm = String(local.minute % 60).padStart(2, "0");
  const day = `${DAYS[date.getUTCDay()]} ${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
  return `${day}, ${hh}:${mm} (${calendar.zoneName})`;
}
