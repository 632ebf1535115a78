/** "2025-05-03 14:07": compact, sortable, always UTC so server and browser render the same text. */
export function formatDateTime(date: Date): string {
  return date.toISOString().slice(0, 16).replace("T", " ");
}

/** "14:07:32" UTC: for step traces, where seconds matter and the date is shown once above. */
export function formatTime(date: Date): string {
  return date.toISOString().slice(11, 19);
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

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 ** 2) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 ** 2).toFixed(1)} MB`;
}
