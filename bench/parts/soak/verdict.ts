/**
 * The soak's arithmetic, apart from any process or database so a unit test can feed it made-up figures: which
 * offered tickets were lost or duplicated, and whether the processes' memory stayed flat.
 */

/** What became of one ticket the soak offered to the webhook. */
export interface TicketOutcome {
  externalId: string;
  /** The webhook's HTTP status, or 0 when no answer came. */
  status: number;
  /** Ticket rows stored under this external id (more than one is a duplicate). */
  tickets: number;
  /** Live (non-shadow) runs of those tickets. */
  runs: number;
  /** Runs that finished their part: completed, or resting on a timer with their decisions written. */
  finishedRuns: number;
  /** Runs whose trace is not exactly 1..N (a line lost or written twice). */
  brokenTraces: number;
}

export interface Tally {
  sent: number;
  accepted: number;
  httpStatuses: Record<string, number>;
  ticketsInDb: number;
  runsPerTicket: { min: number | null; max: number | null };
  notFinished: number;
  duplicated: number;
  duplicatedBy: { sameExternalIdTwice: number; twoRunsForOneTicket: number; brokenTraces: number };
  lost: number;
  lostBy: { noTicket: number; noRun: number; runNotFinished: number };
  /** A few of the external ids behind the lost and duplicated counts, to look them up. */
  examples: { lost: string[]; duplicated: string[] };
}

const EXAMPLES = 5;

/**
 * Accepted means answered 201. Lost: accepted, and then no ticket stored or no run of it finished. Duplicated: a
 * ticket stored twice, a second run for one ticket, or a broken trace, whatever the webhook answered.
 */
export function tally(outcomes: readonly TicketOutcome[]): Tally {
  const accepted = outcomes.filter((o) => o.status === 201);
  const stored = outcomes.filter((o) => o.tickets > 0);
  const acceptedStored = accepted.filter((o) => o.tickets > 0);
  const noTicket = accepted.filter((o) => o.tickets === 0);
  const noRun = acceptedStored.filter((o) => o.runs === 0);
  const runNotFinished = acceptedStored.filter((o) => o.runs > 0 && o.finishedRuns === 0);
  const lost = [...noTicket, ...noRun, ...runNotFinished];
  const duplicated = outcomes.filter((o) => o.tickets > 1 || o.runs > o.tickets || o.brokenTraces > 0);
  const runs = acceptedStored.map((o) => o.runs);
  const httpStatuses: Record<string, number> = {};
  for (const o of outcomes) httpStatuses[String(o.status)] = (httpStatuses[String(o.status)] ?? 0) + 1;
  return {
    sent: outcomes.length,
    accepted: accepted.length,
    httpStatuses,
    ticketsInDb: stored.reduce((sum, o) => sum + o.tickets, 0),
    runsPerTicket: { min: runs.length > 0 ? Math.min(...runs) : null, max: runs.length > 0 ? Math.max(...runs) : null },
    notFinished: runNotFinished.length,
    duplicated: duplicated.length,
    duplicatedBy: {
      sameExternalIdTwice: outcomes.filter((o) => o.tickets > 1).length,
      twoRunsForOneTicket: outcomes.filter((o) => o.runs > o.tickets).length,
      brokenTraces: outcomes.filter((o) => o.brokenTraces > 0).length,
    },
    lost: lost.length,
    lostBy: { noTicket: noTicket.length, noRun: noRun.length, runNotFinished: runNotFinished.length },
    examples: { lost: lost.slice(0, EXAMPLES).map((o) => o.externalId), duplicated: duplicated.slice(0, EXAMPLES).map((o) => o.externalId) },
  };
}

/** One reading of a process's resident memory. `life` counts its restarts (1 for the first process). */
export interface MemorySample {
  atSeconds: number;
  life: number;
  /** Seconds since this life's process started. */
  ageSeconds: number;
  rssMb: number;
}

export interface MemoryJudgement {
  samples: number;
  firstMb: number | null;
  lastMb: number | null;
  maxMb: number | null;
  /** The life the rule looked at, the samples it used, and the two figures it compared. */
  judged: { life: number; samples: number; earlyMb: number; lateMb: number; growthMb: number; allowedMb: number } | null;
  flat: boolean | null;
}

/** A process's memory settles once its code is loaded and its caches are warm: samples younger than this are left out. */
export const WARM_UP_SECONDS = 60;
const ALLOWED_GROWTH_RATIO = 0.2;
const ALLOWED_GROWTH_MB = 32;

export const MEMORY_FLAT_RULE =
  `per process, over its last life (the worker is restarted during the soak) and leaving out its first ${WARM_UP_SECONDS} s ` +
  `(all of that life's samples when that leaves fewer than two): the median RSS of the last third of the samples may exceed ` +
  `the median of the first third by at most ${ALLOWED_GROWTH_RATIO * 100}% or ${ALLOWED_GROWTH_MB} MB, whichever is more; ` +
  `memoryFlat is true when every process is flat`;

export function judgeMemory(samples: readonly MemorySample[]): MemoryJudgement {
  const rss = samples.map((s) => s.rssMb);
  const base = {
    samples: samples.length,
    firstMb: rss[0] ?? null,
    lastMb: rss.at(-1) ?? null,
    maxMb: rss.length > 0 ? Math.max(...rss) : null,
  };
  if (samples.length === 0) return { ...base, judged: null, flat: null };
  const life = Math.max(...samples.map((s) => s.life));
  const ofLife = samples.filter((s) => s.life === life);
  const warm = ofLife.filter((s) => s.ageSeconds >= WARM_UP_SECONDS);
  const used = warm.length >= 2 ? warm : ofLife;
  const third = Math.max(1, Math.floor(used.length / 3));
  const earlyMb = median(used.slice(0, third).map((s) => s.rssMb));
  const lateMb = median(used.slice(-third).map((s) => s.rssMb));
  const allowedMb = Math.max(earlyMb * ALLOWED_GROWTH_RATIO, ALLOWED_GROWTH_MB);
  const growthMb = lateMb - earlyMb;
  return { ...base, judged: { life, samples: used.length, earlyMb, lateMb, growthMb: round1(growthMb), allowedMb: round1(allowedMb) }, flat: growthMb <= allowedMb };
}

/** True when every judged process is flat; false when one is not, or none could be judged. */
export function memoryFlat(judgements: readonly MemoryJudgement[]): boolean {
  const judged = judgements.filter((j) => j.flat !== null);
  return judged.length > 0 && judged.length === judgements.length && judged.every((j) => j.flat === true);
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : round1((sorted[mid - 1]! + sorted[mid]!) / 2);
}

const round1 = (value: number): number => Math.round(value * 10) / 10;
