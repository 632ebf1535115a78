import "server-only";
import { Prisma } from "@prisma/client";
import type { TGroupDimension, TMetricFilters } from "@/lib/metrics/filters";

/** Which rollup table a clause is for: the daily cells (`day`) or the weekly ones (`week`, the Monday). */
export type TRollupGrain = "day" | "week";

/**
 * The WHERE clause of the filters over a table with the rollup's dimension columns (MetricRollup or
 * MetricTicketFact; the weekly tables with grain "week"), aliased `r`. `group` narrows it to one
 * group of a grouped query (a bar or a point). On weekly tables `from` must be a Monday and `to` a Sunday.
 */
export function rollupWhere(filters: TMetricFilters, group: Partial<Record<TGroupDimension, string | number>> = {}, grain: TRollupGrain = "day"): Prisma.Sql {
  const time = Prisma.raw(`r."${grain}"`);
  const and: Prisma.Sql[] = [Prisma.sql`${time} >= ${filters.from}::date`, Prisma.sql`${time} <= ${filters.to}::date`];
  if (filters.origin !== "all") and.push(Prisma.sql`r."origin" = ${filters.origin}`);
  for (const [name, value] of Object.entries(filterDimensions(filters))) and.push(Prisma.sql`r.${Prisma.raw(`"${name}"`)} = ${value}`);
  for (const [name, value] of Object.entries(group)) {
    if (value === undefined) continue;
    if (name === "week") and.push(grain === "week" ? Prisma.sql`r."week" = ${String(value)}::date` : Prisma.sql`date_trunc('week', r."day")::date = ${String(value)}::date`);
    else if (name === "day") and.push(Prisma.sql`r."day" = ${String(value)}::date`);
    else and.push(Prisma.sql`r.${Prisma.raw(`"${name}"`)} = ${value}`);
  }
  return Prisma.join(and, " AND ");
}

/** The dimensions the filters narrow (those set), by column name. */
export function filterDimensions(filters: TMetricFilters): Record<string, string | number> {
  const dims = { category: filters.category, tier: filters.tier, channel: filters.channel, queueId: filters.queueId, flowId: filters.flowId, versionId: filters.versionId, connectionId: filters.connectionId };
  return Object.fromEntries(Object.entries(dims).filter(([, v]) => v !== undefined)) as Record<string, string | number>;
}

/** A group dimension as a select expression: weeks start on Monday (date_trunc's ISO week), as workflows/metrics/weeks. */
export function groupExpression(d: TGroupDimension, grain: TRollupGrain = "day"): Prisma.Sql {
  if (d === "week") return grain === "week" ? Prisma.sql`to_char(r."week", 'YYYY-MM-DD')` : Prisma.sql`to_char(date_trunc('week', r."day"), 'YYYY-MM-DD')`;
  if (d === "day") return Prisma.sql`to_char(r."day", 'YYYY-MM-DD')`;
  return Prisma.raw(`r."${d}"`);
}
