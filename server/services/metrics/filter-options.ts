import "server-only";
import type { PrismaClient } from "@prisma/client";

export interface TFilterOptions {
  /** The first and last day with tickets; null when there are none. */
  span: { from: string | null; to: string | null };
  origins: Array<"live" | "imported">;
  categories: string[];
  tiers: number[];
  channels: string[];
  queues: Array<{ id: string; name: string }>;
  /** Versions newest first. */
  flows: Array<{ id: string; name: string; versions: Array<{ id: string; number: number; publishedAt: Date | null }> }>;
  connections: Array<{ id: string; name: string }>;
}

type TDistinctRow = { dim: string; value: string | null };

/**
 * What the dashboard's filter menus offer. The values of the weekly rollup's dimensions (categories, tiers,
 * channels, origins) are those with tickets; queues, connections and published flow versions are read from their
 * own tables (every one is a choice, counted or not), since finding which of them the daily cells hold would mean
 * reading every cell.
 */
export async function metricFilterOptions(prisma: PrismaClient): Promise<TFilterOptions> {
  const [rows, spanRows, queues, flows, connections] = await Promise.all([
    prisma.$queryRaw<TDistinctRow[]>`
      SELECT CASE WHEN grouping(r."origin") = 0 THEN 'origin' WHEN grouping(r."category") = 0 THEN 'category'
                  WHEN grouping(r."tier") = 0 THEN 'tier' ELSE 'channel' END AS "dim",
             coalesce(r."origin", r."category", r."tier"::text, r."channel") AS "value"
      FROM "MetricWeekCount" r
      WHERE r."tickets" > 0
      GROUP BY GROUPING SETS ((r."origin"), (r."category"), (r."tier"), (r."channel"))`,
    // Emptied cells are deleted, so the first and last cells by day (the primary key's first column) are the span.
    prisma.$queryRaw<Array<{ first: string | null; last: string | null }>>`
      SELECT to_char(min("day"), 'YYYY-MM-DD') AS "first", to_char(max("day"), 'YYYY-MM-DD') AS "last" FROM "MetricRollup"`,
    prisma.queue.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" } }),
    prisma.flow.findMany({
      where: { versions: { some: { publishedAt: { not: null } } } },
      select: {
        id: true,
        name: true,
        versions: { where: { publishedAt: { not: null } }, select: { id: true, number: true, publishedAt: true }, orderBy: { number: "desc" } },
      },
      orderBy: { name: "asc" },
    }),
    prisma.connection.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" } }),
  ]);
  const values = (dim: string) =>
    rows.filter((r) => r.dim === dim && r.value !== null && r.value !== "" && !(dim === "tier" && r.value === "0")).map((r) => r.value as string).sort();
  return {
    span: { from: spanRows[0]?.first ?? null, to: spanRows[0]?.last ?? null },
    origins: values("origin").filter((o): o is "live" | "imported" => o === "live" || o === "imported"),
    categories: values("category"),
    tiers: values("tier").map(Number).sort((a, b) => a - b),
    channels: values("channel"),
    queues,
    flows,
    connections,
  };
}
