/**
 * The start dialog's defaults, kept pure so they can be tested: which version is compared with which, and
 * the date range "the last 90 days of history" (ending at the newest ticket, not at today's date).
 */
export const DEFAULT_SPAN_DAYS = 90;
const DAY_MS = 86_400_000;

export interface VersionChoice {
  id: string;
  number: number;
  isActive: boolean;
}

export type CandidateChoice = { kind: "draft" } | { kind: "version"; versionId: string };
export type BaselineChoice = { kind: "history" } | { kind: "version"; versionId: string };

/**
 * The draft is compared with the live (active) version; a version with the one before it. With nothing
 * earlier to compare with, the history as it happened.
 */
export function defaultBaseline(candidate: CandidateChoice, versions: readonly VersionChoice[]): BaselineChoice {
  if (candidate.kind === "draft") {
    const active = versions.find((v) => v.isActive) ?? [...versions].sort((a, b) => b.number - a.number)[0];
    return active ? { kind: "version", versionId: active.id } : { kind: "history" };
  }
  const own = versions.find((v) => v.id === candidate.versionId);
  const previous = own ? [...versions].filter((v) => v.number < own.number).sort((a, b) => b.number - a.number)[0] : undefined;
  return previous ? { kind: "version", versionId: previous.id } : { kind: "history" };
}

/** "YYYY-MM-DD" (UTC) dates for the range inputs: `to` is exclusive, so it is the day after the newest ticket. */
export function defaultRange(last: Date | string | null | undefined, days = DEFAULT_SPAN_DAYS): { from: string; to: string } | null {
  if (last == null) return null;
  const end = new Date(Math.floor(new Date(last).getTime() / DAY_MS) * DAY_MS + DAY_MS);
  const start = new Date(end.getTime() - days * DAY_MS);
  return { from: isoDay(start), to: isoDay(end) };
}

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** A choice as the value of a <select>, and back. */
export function choiceValue(choice: CandidateChoice | BaselineChoice): string {
  return choice.kind === "version" ? `version:${choice.versionId}` : choice.kind;
}

export function parseCandidate(value: string): CandidateChoice {
  return value.startsWith("version:") ? { kind: "version", versionId: value.slice("version:".length) } : { kind: "draft" };
}

export function parseBaseline(value: string): BaselineChoice {
  return value.startsWith("version:") ? { kind: "version", versionId: value.slice("version:".length) } : { kind: "history" };
}

/** What the dialog's fields say about the tickets, as the API's selection; empty fields mean "all". */
export interface SelectionFields {
  range: { from: string; to: string } | null;
  categories: readonly string[];
  queues: readonly string[];
  sampleSize: number | undefined;
}

export function selectionOf(f: SelectionFields) {
  return {
    ...(f.range?.from ? { from: f.range.from } : {}),
    ...(f.range?.to ? { to: f.range.to } : {}),
    ...(f.categories.length > 0 ? { categories: [...f.categories] } : {}),
    ...(f.queues.length > 0 ? { queues: [...f.queues] } : {}),
    ...(f.sampleSize !== undefined ? { sampleSize: f.sampleSize } : {}),
    seed: 1,
  };
}

/** The line under the selection: how many tickets match and how many will be replayed. */
export function selectionSummary(count: { matching: number; replayed: number }): string {
  if (count.matching === 0) return "No ticket matches this selection.";
  const matching = `${count.matching.toLocaleString("en")} ${count.matching === 1 ? "ticket matches" : "tickets match"}`;
  if (count.replayed === count.matching) return `${matching}; ${count.matching === 1 ? "it" : "all"} will be replayed.`;
  return `${matching}; a sample of ${count.replayed.toLocaleString("en")} will be replayed.`;
}
