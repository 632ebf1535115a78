import type { BaselineKind } from "../../workflows/interpret/replay/types";
import { NO_TIER } from "../../workflows/interpret/replay/metrics/add-to-metrics";
import type { TMetricsView } from "./metrics-view";

/**
 * One metric on both sides. Unit "percent": the values are fractions (0..1) to show ×100, and `delta` is
 * the difference in those fractions (0.05 = 5 percentage points). Null where a side has nothing to measure.
 */
export interface TMetricDelta {
  key: string;
  label: string;
  candidate: number | null;
  baseline: number | null;
  delta: number | null;
  unit: "percent" | "count" | "seconds" | "hours";
  /** Which direction is an improvement; null where neither is (volume, mix). */
  betterWhen: "higher" | "lower" | null;
}

type MetricDef = Omit<TMetricDelta, "candidate" | "baseline" | "delta"> & {
  read: (v: TMetricsView) => number | null;
  /** False where the history has no such record (no SLA timer ran on it): against it the baseline is unknown, not 0. */
  inHistory?: false;
};

const METRICS: readonly MetricDef[] = [
  { key: "tickets", label: "Tickets", unit: "count", betterWhen: null, read: (v) => v.tickets },
  { key: "automationRate", label: "Automation rate", unit: "percent", betterWhen: "higher", read: (v) => v.automationRate },
  { key: "deflectionRate", label: "Deflection (answered by AI, no human)", unit: "percent", betterWhen: "higher", read: (v) => v.deflectionRate },
  { key: "escalationRate", label: "Escalation rate", unit: "percent", betterWhen: "lower", read: (v) => v.escalationRate },
  { key: "routedRate", label: "Routed to a queue", unit: "percent", betterWhen: null, read: (v) => v.routedRate },
  { key: "noActionRate", label: "No action", unit: "percent", betterWhen: "lower", read: (v) => v.noActionRate },
  { key: "routingAccuracy", label: "Routing accuracy (vs recorded queue)", unit: "percent", betterWhen: "higher", read: (v) => v.routing.accuracy },
  { key: "intentAccuracy", label: "Intent accuracy (vs recorded category)", unit: "percent", betterWhen: "higher", read: (v) => v.intent.accuracy },
  { key: "firstResponseMedian", label: "First response, median", unit: "seconds", betterWhen: "lower", read: (v) => v.firstResponse.medianSec },
  { key: "firstResponseP90", label: "First response, p90", unit: "seconds", betterWhen: "lower", read: (v) => v.firstResponse.p90Sec },
  { key: "resolutionMedian", label: "Resolution, median", unit: "seconds", betterWhen: "lower", read: (v) => v.resolution.medianSec },
  { key: "resolutionP90", label: "Resolution, p90", unit: "seconds", betterWhen: "lower", read: (v) => v.resolution.p90Sec },
  { key: "slaBreaches", label: "SLA breaches", unit: "count", betterWhen: "lower", read: (v) => v.slaBreaches, inHistory: false },
  { key: "agentHoursSaved", label: "Agent hours saved", unit: "hours", betterWhen: "higher", read: (v) => v.agentHoursSaved },
  { key: "aiRepliesSent", label: "AI replies sent", unit: "count", betterWhen: null, read: (v) => v.aiReplies.sent },
  { key: "aiRepliesShadow", label: "AI replies in shadow", unit: "count", betterWhen: null, read: (v) => v.aiReplies.shadow },
  { key: "aiSentShare", label: "Confident AI replies sent (vs shadow)", unit: "percent", betterWhen: null, read: (v) => v.aiSentShare },
  { key: "guardrailBlocks", label: "Guardrail blocks", unit: "count", betterWhen: null, read: (v) => v.guardrailBlocks },
  ...["1", "2", "3"].map(
    (tier): MetricDef => ({
      key: `tier${tier}Share`,
      label: `Tier ${tier} share`,
      unit: "percent",
      betterWhen: null,
      // A side that sets no tier at all (a flow without set-tier, a history without tiers) has no tier mix to compare.
      read: (v) => (v.tickets === 0 || v.tierMix.every((t) => t.tier === NO_TIER) ? null : (v.tierMix.find((t) => t.tier === tier)?.count ?? 0) / v.tickets),
    }),
  ),
];

/** Every metric with both values and the change, in a fixed order (the cards and the CLI show them so). */
export function compareMetrics(candidate: TMetricsView, baseline: TMetricsView, baselineKind: BaselineKind = "version"): TMetricDelta[] {
  return METRICS.map(({ read, inHistory, ...def }) => {
    const c = read(candidate);
    const b = baselineKind === "history" && inHistory === false ? null : read(baseline);
    return { ...def, candidate: c, baseline: b, delta: c !== null && b !== null ? c - b : null };
  });
}
