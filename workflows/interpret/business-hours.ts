import type { TBusinessHours } from "../model/graph";

/** Whether an instant falls inside business hours, at the flow's fixed UTC offset. */
export function withinBusinessHours(isoTime: string, hours: TBusinessHours): boolean {
  const local = new Date(Date.parse(isoTime) + hours.utcOffsetMinutes * 60_000);
  if (!hours.days.includes(local.getUTCDay())) return false;
  const minutes = local.getUTCHours() * 60 + local.getUTCMinutes();
  return minutes >= toMinutes(hours.start) && minutes < toMinutes(hours.end);
}

function toMinutes(hhmm: string): number {
  const [h, m] = hhmm.split(":");
  return Number(h) * 60 + Number(m);
}
