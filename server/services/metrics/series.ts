import "server-only";
import type { PrismaClient } from "@prisma/client";
import type { TGroupDimension, TMetricFilters } from "@/lib/metrics/filters";
import { summarize, type TMetricSummary } from "@/workflows/metrics";
import { rollupSums } from "./rollup-sums";

export interface TSeriesPoint {
  group: Partial<Record<TGroupDimension, string | number>>;
  summary: TMetricSummary;
}

/**
 * Figures per group (per week, per week and category, ...): summaries only, the histograms stay on the server.
 * Durations only with `durations: true`; without, they are empty (count 0): summing every group's histograms is
 * most of the cost of a long range by week and category, and the charts per group show rates and counts.
 */
export async function metricSeries(prisma: PrismaClient, filters: TMetricFilters, groupBy: readonly TGroupDimension[], o: { durations?: boolean } = {}): Promise<TSeriesPoint[]> {
  const groups = await rollupSums(prisma, filters, groupBy, { histograms: o.durations === true });
  return groups.map(({ group, sums }) => ({ group, summary: summarize(sums) }));
}
