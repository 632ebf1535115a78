import { pickCumulative, type Rand } from "./random";

/**
 * When tickets arrive: more on weekdays than at weekends, a business-hours peak (UTC), slow growth over the
 * quarter, and a few incidents when one set of categories spikes for some days.
 */
export const MINUTE = 60_000;
export const HOUR = 3_600_000;
export const DAY = 86_400_000;
export const SPAN_DAYS = 90;

// Sunday first, as Date#getUTCDay counts.
const WEEKDAY_WEIGHT = [0.4, 1.15, 1.1, 1.05, 1, 0.95, 0.5];
const HOUR_WEIGHT = [
  0.15, 0.1, 0.08, 0.08, 0.1, 0.2, 0.4, 0.8, 1.3, 1.7, 1.8, 1.7, 1.5, 1.6, 1.7, 1.6, 1.4, 1.1, 0.9, 0.8, 0.7, 0.55, 0.4, 0.25,
];

export interface Incident {
  name: string;
  categories: string[];
  /** Days before `now` the spike starts and ends (start > end). */
  fromDaysAgo: number;
  toDaysAgo: number;
  /** Extra tickets on those days, as a share of a normal day's volume. */
  extraVolume: number;
}

export const INCIDENTS: readonly Incident[] = [
  { name: "card-outage", categories: ["card_not_working", "contactless_not_working", "declined_card_payment", "card_declined"], fromDaysAgo: 41, toDaysAgo: 34, extraVolume: 0.35 },
  { name: "peak-season-deliveries", categories: ["delivery_period", "track_order", "delivery_options"], fromDaysAgo: 27, toDaysAgo: 20, extraVolume: 0.25 },
  { name: "transfer-delays", categories: ["transfer_not_received_by_recipient", "pending_transfer", "transfer_timing", "transfer"], fromDaysAgo: 63, toDaysAgo: 60, extraVolume: 0.4 },
];

export interface Calendar {
  /** A creation time in (now - 90 days, now], rounded to the minute. */
  sample(rand: Rand): number;
  /** The incident running at that time, if any. */
  incidentAt(time: number): Incident | undefined;
}

export function calendar(nowMs: number): Calendar {
  const firstDay = Math.floor((nowMs - SPAN_DAYS * DAY) / DAY) * DAY; // UTC midnight
  const days = Math.ceil((nowMs - firstDay) / DAY);
  const incidentAt = (time: number) => {
    const daysAgo = (nowMs - time) / DAY;
    return INCIDENTS.find((i) => daysAgo <= i.fromDaysAgo && daysAgo > i.toDaysAgo);
  };
  const dayWeights = new Float64Array(days);
  let sum = 0;
  for (let d = 0; d < days; d++) {
    const noon = firstDay + d * DAY + 12 * HOUR;
    const growth = 1 + 0.15 * (d / days);
    sum += WEEKDAY_WEIGHT[new Date(noon).getUTCDay()]! * growth * (1 + (incidentAt(noon)?.extraVolume ?? 0));
    dayWeights[d] = sum;
  }
  const hourWeights = new Float64Array(24);
  HOUR_WEIGHT.reduce((acc, w, h) => (hourWeights[h] = acc + w), 0);

  return {
    incidentAt,
    sample(rand) {
      // Rejection keeps the span exact: the first and the last day are partial.
      for (;;) {
        const day = pickCumulative(rand, dayWeights);
        const hour = pickCumulative(rand, hourWeights);
        const t = firstDay + day * DAY + hour * HOUR + Math.floor(rand() * 60) * MINUTE;
        if (t > nowMs - SPAN_DAYS * DAY && t <= nowMs) return t;
      }
    },
  };
}

/** Email and web tickets wait for office hours (08:00 to 18:00 UTC, Monday to Friday); chat and phone do not. */
export function nextBusinessTime(time: number): number {
  const d = new Date(time);
  const weekday = d.getUTCDay();
  const hour = d.getUTCHours();
  if (weekday >= 1 && weekday <= 5 && hour >= 8 && hour < 18) return time;
  let next = Math.floor(time / DAY) * DAY + 8 * HOUR;
  if (next <= time) next += DAY;
  while ([0, 6].includes(new Date(next).getUTCDay())) next += DAY;
  return next;
}

export const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
