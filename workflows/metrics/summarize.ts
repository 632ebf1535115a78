import { COUNT_KEYS, HIST_KEYS, type TCountKey, type THistKey } from "./contribution";
import { arrayCount, arrayQuantile } from "./duration-histogram";
import { wilsonInterval } from "./intervals";

/** A group of rollup cells added up: what every dashboard figure is read from. */
export interface TRollupSums {
  counts: Record<TCountKey, number>;
  hist: Record<THistKey, number[]>;
}

export function emptySums(): TRollupSums {
  return {
    counts: Object.fromEntries(COUNT_KEYS.map((k) => [k, 0])) as Record<TCountKey, number>,
    hist: Object.fromEntries(HIST_KEYS.map((k) => [k, []])) as unknown as Record<THistKey, number[]>,
  };
}

export function addSums(into: TRollupSums, from: TRollupSums): void {
  for (const k of COUNT_KEYS) into.counts[k] += from.counts[k];
  for (const k of HIST_KEYS) {
    const a = into.hist[k];
    const b = from.hist[k];
    for (let i = 0; i < b.length; i++) a[i] = (a[i] ?? 0) + (b[i] ?? 0);
  }
}

/** A rate with the counts it came from and its 95% interval: never a bare percentage. */
export interface TRate {
  rate: number | null;
  numerator: number;
  count: number;
  low: number | null;
  high: number | null;
}

export interface TDurationStats {
  count: number;
  median: number | null;
  p90: number | null;
}

export interface TCsatStats {
  count: number;
  mean: number | null;
  /** Share of ratings of 4 or 5, with its interval. */
  satisfied: TRate;
}

export interface TMetricSummary {
  tickets: number;
  resolved: number;
  automation: TRate;
  /** Automated plus came-back: resolved with no agent reply, before reopens and repeat contacts; what a backtest predicts. */
  resolvedWithoutAgent: TRate;
  automatedPending: number;
  deflection: TRate;
  aiAssisted: TRate;
  human: TRate;
  cameBack: number;
  unresolved: number;
  escalated: TRate;
  slaBreached: TRate;
  reopened: number;
  repeatContact: number;
  agentHoursSaved: number;
  accuracy: Record<"feedback" | "shadow" | "outcome" | "combined", TRate>;
  durations: Record<"firstResponse" | "resolution" | "handle", Record<"automated" | "assisted" | "human", TDurationStats>>;
  csat: Record<"automated" | "assisted" | "human", TCsatStats>;
}

export function rateOf(numerator: number, count: number): TRate {
  const ci = wilsonInterval(numerator, count);
  return { rate: count === 0 ? null : numerator / count, numerator, count, low: ci?.low ?? null, high: ci?.high ?? null };
}

function duration(h: number[]): TDurationStats {
  return { count: arrayCount(h), median: arrayQuantile(h, 0.5), p90: arrayQuantile(h, 0.9) };
}

function csat(count: number, sum: number, happy: number): TCsatStats {
  return { count, mean: count === 0 ? null : sum / count, satisfied: rateOf(happy, count) };
}

/** Every dashboard figure from summed cells, through the definitions. */
export function summarize(s: TRollupSums): TMetricSummary {
  const c = s.counts;
  const h = s.hist;
  return {
    tickets: c.tickets,
    resolved: c.resolved,
    // Over every ticket created in the period, open ones included, so leaving tickets open never raises it. A
    // backtest counts the flow's resolutions with no handoff over its tickets the same way; it cannot foresee
    // reopens, so it compares with automated plus came back (resolvedWithoutAgent).
    automation: rateOf(c.automated, c.tickets),
    resolvedWithoutAgent: rateOf(c.automated + c.cameBack, c.tickets),
    automatedPending: c.automatedPending,
    deflection: rateOf(c.deflected, c.tickets),
    aiAssisted: rateOf(c.aiAssisted, c.tickets),
    human: rateOf(c.human, c.tickets),
    cameBack: c.cameBack,
    unresolved: c.unresolved,
    escalated: rateOf(c.escalated, c.tickets),
    slaBreached: rateOf(c.slaBreached, c.tickets),
    reopened: c.reopened,
    repeatContact: c.repeatContact,
    agentHoursSaved: c.agentSecondsSaved / 3600,
    accuracy: {
      feedback: rateOf(c.feedbackCorrect, c.feedbackCounted),
      shadow: rateOf(c.shadowCorrect, c.shadowCounted),
      outcome: rateOf(c.outcomeCorrect, c.outcomeCounted),
      combined: rateOf(c.combinedCorrect, c.combinedCounted),
    },
    durations: {
      firstResponse: { automated: duration(h.frtAutomated), assisted: duration(h.frtAssisted), human: duration(h.frtHuman) },
      resolution: { automated: duration(h.resolutionAutomated), assisted: duration(h.resolutionAssisted), human: duration(h.resolutionHuman) },
      handle: { automated: duration([]), assisted: duration(h.handleAssisted), human: duration(h.handleHuman) },
    },
    csat: {
      automated: csat(c.csatAutomatedCount, c.csatAutomatedSum, c.csatAutomatedHappy),
      assisted: csat(c.csatAssistedCount, c.csatAssistedSum, c.csatAssistedHappy),
      human: csat(c.csatHumanCount, c.csatHumanSum, c.csatHumanHappy),
    },
  };
}
