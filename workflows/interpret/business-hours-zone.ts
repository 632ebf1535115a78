/**
 * UTC offsets of a time zone, by instant, from the runtime's time-zone database (Intl.DateTimeFormat with a
 * timeZone is pure computation: it reads no clock, and it works in the Temporal workflow sandbox and in the
 * browser). Offsets are cached per zone in 15-minute buckets: every transition of the tz database falls on a
 * quarter hour of UTC, so an offset is constant within a bucket, and a backtest asks for the same few
 * instants again and again.
 */
export interface Zone {
  /** Minutes east of UTC at this instant (Paris: 60 in winter, 120 in summer). */
  offsetMinutesAt(utcMs: number): number;
}

const BUCKET_MS = 15 * 60_000;
/** Enough for years of quarter hours in one zone; a cache that grows past it starts over. */
const MAX_CACHED = 200_000;

const zones = new Map<string, Zone>();

/** The zone named by an IANA name ("Europe/Paris"); throws a RangeError for a name the runtime does not know. */
export function zoneNamed(name: string): Zone {
  let zone = zones.get(name);
  if (zone === undefined) {
    zone = ianaZone(name);
    zones.set(name, zone);
  }
  return zone;
}

/** A zone that never changes its offset (a flow's own business hours are set as a fixed offset). */
export function fixedZone(offsetMinutes: number): Zone {
  return { offsetMinutesAt: () => offsetMinutes };
}

function ianaZone(name: string): Zone {
  if (name === "UTC" || name === "Etc/UTC") return fixedZone(0);
  const format = new Intl.DateTimeFormat("en-US", {
    timeZone: name,
    hourCycle: "h23",
    year: "numeric",
    month: "numeric",
    day: "numeric",
    hour: "numeric",
    minute: "numeric",
  });
  const cache = new Map<number, number>();
  return {
    offsetMinutesAt(utcMs) {
      const bucket = Math.floor(utcMs / BUCKET_MS);
      let offset = cache.get(bucket);
      if (offset === undefined) {
        if (cache.size >= MAX_CACHED) cache.clear();
        offset = offsetOf(format, bucket * BUCKET_MS);
        cache.set(bucket, offset);
      }
      return offset;
    },
  };
}

/** The wall time the zone shows at `utcMs` (a whole minute), read back as if it were UTC, minus the instant. */
function offsetOf(format: Intl.DateTimeFormat, utcMs: number): number {
  let year = 0;
  let month = 0;
  let day = 0;
  let hour = 0;
  let minute = 0;
  for (const part of format.formatToParts(utcMs)) {
    switch (part.type) {
      case "year":
        year = Number(part.value);
        break;
      case "month":
        month = Number(part.value);
        break;
      case "day":
        day = Number(part.value);
        break;
      case "hour":
        hour = Number(part.value);
        break;
      case "minute":
        minute = Number(part.value);
        break;
    }
  }
  // Some runtimes write midnight as 24 even with h23.
  if (hour === 24) hour = 0;
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  return Math.round((wall - utcMs) / 60_000);
}
