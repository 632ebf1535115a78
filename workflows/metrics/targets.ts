import { z } from "zod";
import { addDays, dayMs } from "./weeks";
import { arrayCount, arrayQuantile } from "./duration-histogram";
import type { TRollupSums } from "./summarize";

/**
 * What a quarterly target can be on, each read from the same rollup sums as the dashboards, through the
 * definitions: a target on "automation rate" means the dashboard's automation rate.
 */
export const TARGET_METRICS = ["automation-rate", "ai-accuracy", "first-response", "csat-automated"] as const;
export const ZTargetMetricSchema = z.enum(TARGET_METRICS);
export type TTargetMetric = z.infer<typeof ZTargetMetricSchema>;

/** How far ahead a target is due, in months from the day it is set. */
export const TARGET_HORIZONS = [3, 6, 12] as const;
export type TTargetHorizon = (typeof TARGET_HORIZONS)[number];

export interface TTargetMetricDef {
  label: string;
  /** "share": stored as a fraction, shown as a percentage. "hours": stored and shown in hours. */
  unit: "share" | "hours";
  better: "higher" | "lower";
  /** Whether a target may be on one category instead of every ticket. */
  perCategory: boolean;
  /** The figure's name inside a sentence: "median first response must fall by 2.1 h". */
  inSentence: string;
}

export const TARGET_METRIC_DEFS: Record<TTargetMetric, TTargetMetricDef> = {
  "automation-rate": { label: "Automation rate", unit: "share", better: "higher", perCategory: true, inSentence: "automation" },
  "ai-accuracy": { label: "AI accuracy", unit: "share", better: "higher", perCategory: false, inSentence: "AI accuracy" },
  "first-response": { label: "First response time (median)", unit: "hours", better: "lower", perCategory: false, inSentence: "median first response" },
  "csat-automated": { label: "CSAT on automated tickets", unit: "share", better: "higher", perCategory: false, inSentence: "the satisfied share on automated tickets" },
};

/** A metric's value in a group of rollup cells, with the count it is over (the forecast's weight). */
export function targetMetricValue(metric: TTargetMetric, s: TRollupSums): { value: number | null; count: number } {
  const c = s.counts;
  const share = (num: number, count: number) => ({ value: count === 0 ? null : num / count, count });
  switch (metric) {
    case "automation-rate":
      return share(c.automated, c.tickets);
    case "ai-accuracy":
      return share(c.combinedCorrect, c.combinedCounted);
    case "csat-automated":
      return share(c.csatAutomatedHappy, c.csatAutomatedCount);
    case "first-response": {
      // The customer's wait for any first answer, the AI's included: that is what automation shortens.
      const all: number[] = [];
      for (const h of [s.hist.frtAutomated, s.hist.frtAssisted, s.hist.frtHuman]) h.forEach((n, i) => (all[i] = (all[i] ?? 0) + (n ?? 0)));
      const median = arrayQuantile(all, 0.5);
      return { value: median === null ? null : median / 3600, count: arrayCount(all) };
    }
  }
}

/** Whether a value meets a target, in the metric's direction. */
export function meetsTarget(metric: TTargetMetric, value: number, target: number): boolean {
  return TARGET_METRIC_DEFS[metric].better === "higher" ? value >= target : value <= target;
}

/** The due day of a target set on `startsOn`: the same day of the month, or the month's last day when it has none. */
export function targetDueOn(startsOn: string, months: number): string {
  const year = Number(startsOn.slice(0, 4));
  const month = Number(startsOn.slice(5, 7)) - 1 + months;
  const day = Number(startsOn.slice(8, 10));
  const y = year + Math.floor(month / 12);
  const m = month % 12;
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return `${y}-${String(m + 1).padStart(2, "0")}-${String(Math.min(day, lastDay)).padStart(2, "0")}`;
}

/** Weeks from `from` to `to` (day strings), fractional: the forecast's x axis. */
export function weeksBetween(from: string, to: string): number {
  return (dayMs(to) - dayMs(from)) / (7 * 86_400_000);
}

/** The days a target's baseline and "actual" are measured over: the last four full weeks before `thisMonday`. */
export function lastFourWeeks(thisMonday: string): { from: string; to: string } {
  return { from: addDays(thisMonday, -28), to: addDays(thisMonday, -1) };
}

/** A target's key in words: "3-month automation rate target (Refunds)". */
export function targetLabel(key: { metric: TTargetMetric; category: string; horizonMonths: number }): string {
  const scope = key.category === "" ? "" : ` (${key.category})`;
  return `${key.horizonMonths}-month ${TARGET_METRIC_DEFS[key.metric].label.toLowerCase()} target${scope}`;
}

/** A value in the words of its unit: "72.4%" or "3.2 h". */
export function formatTargetValue(metric: TTargetMetric, value: number): string {
  return TARGET_METRIC_DEFS[metric].unit === "share" ? `${(value * 100).toFixed(1)}%` : `${value.toFixed(1)} h`;
}
