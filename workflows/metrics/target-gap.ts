import { TARGET_METRIC_DEFS, formatTargetValue, meetsTarget, type TTargetMetric } from "./targets";

/**
 * "What would have to change" for a target, in one sentence. For the overall automation rate it is counted in
 * categories, the unit a team actually switches: how many more would have to become autonomous, at the rate the
 * autonomous ones reach today, largest first (a large category moves the overall rate most).
 */

/** A category counts as autonomous when most of its tickets are resolved with no agent and stay resolved. */
export const AUTONOMOUS_CATEGORY_RATE = 0.5;

export interface TCategoryCounts {
  category: string;
  tickets: number;
  automated: number;
}

export type TAutomationGap =
  | { kind: "met" }
  | { kind: "no-autonomous" }
  | { kind: "categories"; autonomousRate: number; needed: string[]; reaches: number }
  | { kind: "out-of-reach"; autonomousRate: number; withAll: number };

/**
 * The fewest categories that, automated at the autonomous categories' pooled rate, lift the overall rate to the
 * target. Tickets with no category stay as they are: there is no category to switch for them.
 */
export function automationGap(categories: readonly TCategoryCounts[], target: number): TAutomationGap {
  const tickets = categories.reduce((a, c) => a + c.tickets, 0);
  let automated = categories.reduce((a, c) => a + c.automated, 0);
  if (tickets > 0 && automated / tickets >= target) return { kind: "met" };
  const isAutonomous = (c: TCategoryCounts) => c.tickets > 0 && c.automated / c.tickets >= AUTONOMOUS_CATEGORY_RATE;
  const autonomous = categories.filter((c) => c.category !== "" && isAutonomous(c));
  const autoTickets = autonomous.reduce((a, c) => a + c.tickets, 0);
  if (autoTickets === 0) return { kind: "no-autonomous" };
  const autonomousRate = autonomous.reduce((a, c) => a + c.automated, 0) / autoTickets;
  const candidates = categories
    .filter((c) => c.category !== "" && !isAutonomous(c) && c.tickets > 0 && c.automated / c.tickets < autonomousRate)
    .sort((a, b) => b.tickets - a.tickets || a.category.localeCompare(b.category));
  const needed: string[] = [];
  for (const c of candidates) {
    automated += autonomousRate * c.tickets - c.automated;
    needed.push(c.category);
    if (automated / tickets >= target) return { kind: "categories", autonomousRate, needed, reaches: automated / tickets };
  }
  return { kind: "out-of-reach", autonomousRate, withAll: automated / tickets };
}

export interface TGapInput {
  metric: TTargetMetric;
  category: string;
  target: number;
  /** The metric over the last four full weeks; null when nothing was counted. */
  actual: number | null;
  /** Per category over the same weeks; read only for the overall automation rate. */
  categories: readonly TCategoryCounts[];
}

/** The sentence that says what would have to change to meet the target. */
export function gapSentence(g: TGapInput): string {
  const def = TARGET_METRIC_DEFS[g.metric];
  const fmt = (v: number) => formatTargetValue(g.metric, v);
  if (g.actual === null) return `Nothing was measured for ${def.inSentence} in the last four weeks, so there is no gap to state yet.`;
  if (meetsTarget(g.metric, g.actual, g.target)) return `Already at target: ${fmt(g.actual)} in the last four weeks against ${fmt(g.target)}.`;
  if (g.metric === "automation-rate" && g.category === "") {
    const gap = automationGap(g.categories, g.target);
    if (gap.kind === "categories") {
      const n = gap.needed.length;
      return `Needs ${n} more ${n === 1 ? "category" : "categories"} autonomous at today's rate (${fmt(gap.autonomousRate)}): ${gap.needed.join(", ")}.`;
    }
    if (gap.kind === "out-of-reach") {
      return `Even with every category autonomous at today's rate (${fmt(gap.autonomousRate)}), automation would reach ${fmt(gap.withAll)}: the autonomous categories themselves must resolve more.`;
    }
  }
  const subject = g.category === "" ? def.inSentence : `${g.category} ${def.inSentence}`;
  const diff = Math.abs(g.target - g.actual);
  const by = def.unit === "share" ? `${(diff * 100).toFixed(1)} points` : `${diff.toFixed(1)} h`;
  const verb = def.better === "higher" ? "rise" : "fall";
  const lead = subject.charAt(0).toUpperCase() + subject.slice(1);
  return `${lead} must ${verb} by ${by} (from ${fmt(g.actual)} to ${fmt(g.target)}).`;
}
