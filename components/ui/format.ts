const DATE_TIME = new Intl.DateTimeFormat("en-GB", {
  timeZone: "UTC",
  year: "numeric",
  month: "short",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hour12: false,
});

const TIME = new Intl.DateTimeFormat("en-GB", {
  timeZone: "UTC",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hour12: false,
});

/** "03 May 2025, 14:07": always UTC, so server and browser render the same text. */
export function formatDateTime(date: Date): string {
  return DATE_TIME.format(date);
}

/** "14:07:32" UTC: for step traces, where seconds matter and the date is shown once above. */
export function formatTime(date: Date): string {
  return TIME.format(date);
}

export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}

export function shortHash(hash: string): string {
  return hash.replace(/^sha256:/, "").slice(0, 10);
}

export function percent(value: number | null | undefined): string | null {
  return value == null ? null : `${Math.round(value * 100)}%`;
}

/**
 * A run's outcome is free-form JSON written by the interpreter; show its most telling field, or the
 * JSON itself, cut short.
 */
export function describeOutcome(outcome: unknown): string | null {
  if (outcome == null) return null;
  if (typeof outcome === "string") return outcome;
  if (typeof outcome === "object" && !Array.isArray(outcome)) {
    const o = outcome as Record<string, unknown>;
    for (const key of ["outcome", "kind", "type", "status", "reason"]) {
      if (typeof o[key] === "string") return o[key];
    }
  }
  const json = JSON.stringify(outcome);
  return json.length > 60 ? `${json.slice(0, 57)}…` : json;
}
