/**
 * `Date.parse` and `toISOString` for the one format the product writes (`2026-06-01T09:30:00.000Z`), a few
 * times faster than the built-ins: a backtest parses and formats several instants per ticket. Anything
 * else (another format, an out-of-range field, a year outside 1000-9999) goes to the built-in, so the
 * result is always exactly the built-in's (iso-time.test.ts compares them).
 */
const MS_PER_DAY = 86_400_000;
/** 1000-01-01 and 10000-01-01: four-digit years, the only ones the fast paths handle. */
const MIN_MS = -30_610_224_000_000;
const MAX_MS = 253_402_300_800_000;

export function parseIsoMs(text: string): number {
  // A replay reads the same few instants again and again (the creation, the run's "now", the recorded times,
  // the timers' deadlines), more of them than a short list holds: a small table indexed by the time's last
  // digits. A collision only costs a parse.
  const slot = slotOf(text);
  if (slotText[slot] === text) return slotMs[slot]!;
  const ms = parseOnce(text);
  slotText[slot] = text;
  slotMs[slot] = ms;
  return ms;
}

const SLOTS = 64;
const slotText: string[] = new Array<string>(SLOTS).fill("");
const slotMs: number[] = new Array<number>(SLOTS).fill(Number.NaN);

/** Mixes minutes, seconds and milliseconds of the usual 24-character form; any other text goes by its length. */
function slotOf(text: string): number {
  if (text.length !== 24) return text.length & (SLOTS - 1);
  const h = ((((text.charCodeAt(12) * 31 + text.charCodeAt(14)) * 31 + text.charCodeAt(15)) * 31 + text.charCodeAt(17)) * 31 + text.charCodeAt(18)) * 31 + text.charCodeAt(22);
  return (h ^ (h >>> 6) ^ (h >>> 12)) & (SLOTS - 1);
}

function parseOnce(text: string): number {
  if (!shapeIsIso(text)) return Date.parse(text);
  const y = digits2(text, 0) * 100 + digits2(text, 2);
  const mo = digits2(text, 5);
  const d = digits2(text, 8);
  const h = digits2(text, 11);
  const mi = digits2(text, 14);
  const s = digits2(text, 17);
  const ms = digits2(text, 20) * 10 + digit(text, 22);
  if (y < 1000 || mo < 1 || mo > 12 || d < 1 || (d > 28 && d > daysInMonth(y, mo)) || h > 23 || mi > 59 || s > 59) return Date.parse(text);
  return daysFromCivil(y, mo, d) * MS_PER_DAY + ((h * 60 + mi) * 60 + s) * 1000 + ms;
}

export function isoOfMs(ms: number): string {
  // An SLA timer's deadline and its timer's fire time are the same instant, formatted one after the other.
  if (ms === lastMs) return lastIso;
  const iso = formatIso(ms);
  lastMs = ms;
  lastIso = iso;
  return iso;
}

let lastMs = 0;
let lastIso = "1970-01-01T00:00:00.000Z";

function formatIso(ms: number): string {
  if (!Number.isInteger(ms) || ms < MIN_MS || ms >= MAX_MS) return new Date(ms).toISOString();
  const days = Math.floor(ms / MS_PER_DAY);
  let rest = ms - days * MS_PER_DAY;
  // Civil date from days since 1970-01-01 (proleptic Gregorian, eras of 400 years).
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  const h = Math.floor(rest / 3_600_000);
  rest -= h * 3_600_000;
  const mi = Math.floor(rest / 60_000);
  rest -= mi * 60_000;
  const s = Math.floor(rest / 1000);
  const milli = rest - s * 1000;
  return `${y}-${two(m)}-${two(d)}T${two(h)}:${two(mi)}:${two(s)}.${milli < 10 ? `00${milli}` : milli < 100 ? `0${milli}` : milli}Z`;
}

/** `YYYY-MM-DDTHH:MM:SS.sssZ`: 24 characters, the separators in place, digits everywhere else. */
function shapeIsIso(t: string): boolean {
  if (t.length !== 24) return false;
  if (t.charCodeAt(4) !== 45 || t.charCodeAt(7) !== 45 || t.charCodeAt(10) !== 84 || t.charCodeAt(13) !== 58) return false;
  if (t.charCodeAt(16) !== 58 || t.charCodeAt(19) !== 46 || t.charCodeAt(23) !== 90) return false;
  // A character below "0" makes its digit negative, one above "9" makes 9 - digit negative: or-ing keeps the sign.
  let bad = 0;
  for (let k = 0; k < DIGIT_AT.length; k++) {
    const c = digit(t, DIGIT_AT[k]!);
    bad |= c | (9 - c);
  }
  return bad >= 0;
}

const DIGIT_AT = [0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18, 20, 21, 22];

function digit(t: string, i: number): number {
  return t.charCodeAt(i) - 48;
}
function digits2(t: string, i: number): number {
  return digit(t, i) * 10 + digit(t, i + 1);
}

function two(n: number): string {
  return n < 10 ? `0${n}` : `${n}`;
}

function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}
