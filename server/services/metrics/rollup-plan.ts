import "server-only";
import type { TGroupDimension, TMetricFilters } from "@/lib/metrics/filters";
import { addDays, weekStart } from "@/workflows/metrics";
import { filterDimensions } from "./rollup-where";

/** A weekly table (migration metrics_weekly) and the dimensions it keeps besides the week. */
export interface TWeekTable {
  table: "MetricWeekCount" | "MetricWeekCountTotal" | "MetricWeekHist" | "MetricWeekHistTotal";
  dimensions: ReadonlySet<string>;
}

/** Where counts can be read weekly, the smallest table first. */
export const WEEK_COUNT_TABLES: readonly TWeekTable[] = [
  { table: "MetricWeekCountTotal", dimensions: new Set(["origin", "flowId", "versionId"]) },
  { table: "MetricWeekCount", dimensions: new Set(["origin", "category", "tier", "channel", "flowId", "versionId", "escalationReason"]) },
];
/** Where histograms can be read weekly, the smallest table first. */
export const WEEK_HIST_TABLES: readonly TWeekTable[] = [
  { table: "MetricWeekHistTotal", dimensions: new Set(["origin", "flowId", "versionId"]) },
  { table: "MetricWeekHist", dimensions: new Set(["origin", "category", "tier", "flowId", "versionId"]) },
];

/** A part of a read: a range of days, from the daily cells or (whole weeks only) from a weekly table. */
export type TRollupPart = { grain: "day"; table: "MetricRollup"; from: string; to: string } | { grain: "week"; table: TWeekTable["table"]; from: string; to: string };

/**
 * Where to read a range from: its whole weeks from the smallest weekly table that keeps every dimension the filters,
 * the group and the grouping use, and the days before the first Monday and after the last Sunday from the daily
 * cells. Otherwise, everything from the daily cells.
 */
export function planRollupRead(
  filters: TMetricFilters,
  groupBy: readonly TGroupDimension[],
  tables: readonly TWeekTable[],
  group: Partial<Record<TGroupDimension, string | number>> = {},
): TRollupPart[] {
  const used = [...Object.keys(filterDimensions(filters)), ...groupBy, ...Object.keys(group).filter((k) => group[k as TGroupDimension] !== undefined)];
  if (filters.origin !== "all") used.push("origin");
  const weekly = tables.find((t) => used.every((d) => d === "week" || t.dimensions.has(d)));
  const firstMonday = weekStart(filters.from) === filters.from ? filters.from : addDays(weekStart(filters.from), 7);
  const lastSunday = addDays(weekStart(filters.to), 6) === filters.to ? filters.to : addDays(weekStart(filters.to), -1);
  if (filters.from > filters.to) return [];
  if (weekly === undefined || firstMonday > lastSunday) return [{ grain: "day", table: "MetricRollup", from: filters.from, to: filters.to }];
  const parts: TRollupPart[] = [{ grain: "week", table: weekly.table, from: firstMonday, to: lastSunday }];
  if (filters.from < firstMonday) parts.push({ grain: "day", table: "MetricRollup", from: filters.from, to: addDays(firstMonday, -1) });
  if (lastSunday < filters.to) parts.push({ grain: "day", table: "MetricRollup", from: addDays(lastSunday, 1), to: filters.to });
  return parts;
}
