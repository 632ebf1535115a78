/**
 * Durations in flows are short human strings ("90s", "30m", "4h", "2d", "1h30m") because they are
 * read and written by people in the studio and in JSON under version control.
 */
const UNIT_MS = { s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 } as const;
const PART = /(\d+(?:\.\d+)?)\s*([smhd])/gy;

export type DurationParse =
  | { ok: true; ms: number }
  | { ok: false; reason: "negative" | "malformed" | "zero" };

export function parseDuration(text: string): DurationParse {
  const trimmed = text.trim().toLowerCase();
  if (trimmed.startsWith("-")) return { ok: false, reason: "negative" };
  if (trimmed.length === 0) return { ok: false, reason: "malformed" };
  let total = 0;
  let consumed = 0;
  PART.lastIndex = 0;
  for (let m = PART.exec(trimmed); m !== null; m = PART.exec(trimmed)) {
    total += Number(m[1]) * UNIT_MS[m[2] as keyof typeof UNIT_MS];
    consumed = PART.lastIndex;
    while (trimmed[consumed] === " ") consumed++;
    PART.lastIndex = consumed;
  }
  if (consumed !== trimmed.length) return { ok: false, reason: "malformed" };
  if (total === 0) return { ok: false, reason: "zero" };
  return { ok: true, ms: Math.round(total) };
}

/** Formats milliseconds back into the short form, for traces and node summaries. */
export function formatDuration(ms: number): string {
  if (ms <= 0) return "0s";
  const parts: string[] = [];
  let rest = ms;
  for (const [unit, size] of [["d", UNIT_MS.d], ["h", UNIT_MS.h], ["m", UNIT_MS.m], ["s", UNIT_MS.s]] as const) {
    const n = Math.floor(rest / size);
    if (n > 0) {
      parts.push(`${n}${unit}`);
      rest -= n * size;
    }
  }
  return parts.length > 0 ? parts.join("") : `${ms}ms`;
}
