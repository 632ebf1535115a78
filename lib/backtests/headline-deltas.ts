import type { BacktestResult } from "../../workflows/interpret/replay/types";
import { compareMetrics, type TMetricDelta } from "./compare-metrics";
import { metricsView } from "./metrics-view";

/**
 * The figures the list of runs shows for each completed run, read from the same comparison as its page
 * (compareMetrics), so the list and the page never disagree: a flow that only routes moves routing accuracy
 * and escalations, not automation, and the list has to show that too.
 */
const HEADLINE = [
  { key: "automationRate", label: "Automation" },
  { key: "routingAccuracy", label: "Routing accuracy" },
  { key: "escalationRate", label: "Escalations" },
  { key: "slaBreaches", label: "SLA breaches" },
] as const;

export type THeadlineDelta = Pick<TMetricDelta, "key" | "delta" | "unit" | "betterWhen"> & { label: string };

export function headlineDeltas(result: BacktestResult): THeadlineDelta[] {
  const deltas = compareMetrics(metricsView(result.candidate), metricsView(result.baseline), result.baselineKind);
  return HEADLINE.map(({ key, label }) => {
    const d = deltas.find((m) => m.key === key)!;
    return { key, label, delta: d.delta, unit: d.unit, betterWhen: d.betterWhen };
  });
}
