import "server-only";
import { Prisma, type PrismaClient } from "@prisma/client";
import type { TGroupDimension, TMetricFilters } from "@/lib/metrics/filters";
import { COUNT_KEYS, HIST_KEYS, type TCountKey, type THistKey, type TRollupSums } from "@/workflows/metrics";
import { planRollupRead, WEEK_COUNT_TABLES, WEEK_HIST_TABLES, type TRollupPart } from "./rollup-plan";
import { groupExpression, rollupWhere } from "./rollup-where";

type TGroup = Partial<Record<TGroupDimension, string | number>>;

export interface TGroupSums {
  group: TGroup;
  sums: TRollupSums;
}

export interface TGroupCounts<K extends TCountKey> {
  group: TGroup;
  counts: Record<K, number>;
}

/** Narrows a read to one group (a bar or a point), and to the cells of escalated tickets (those with a reason). */
export interface TRollupNarrow {
  group?: TGroup;
  escalatedOnly?: boolean;
}

/**
 * The rollup's cells added up per group: the one read every dashboard, target and review figure starts from. Whole
 * weeks come from the weekly tables when the dimensions allow (rollup-plan), edge days from the daily cells; counts
 * and histograms sum in SQL, so no cell leaves the database. Groups without tickets are left out. Without
 * `histograms` the duration histograms stay empty: summing them is most of the cost of many groups over long ranges.
 */
export async function rollupSums(
  prisma: PrismaClient,
  filters: TMetricFilters,
  groupBy: readonly TGroupDimension[] = [],
  o: { histograms?: boolean } = {},
): Promise<TGroupSums[]> {
  const parts = o.histograms === false ? [] : planRollupRead(filters, groupBy, WEEK_HIST_TABLES);
  const [countGroups, histRows] = await Promise.all([
    rollupCounts(prisma, filters, groupBy, COUNT_KEYS),
    Promise.all(parts.map((part) => histPart(prisma, filters, groupBy, part))).then((r) => r.flat()),
  ]);
  const byKey = new Map<string, TGroupSums>();
  for (const { group, counts } of countGroups) {
    const sums: TRollupSums = { counts, hist: {} as TRollupSums["hist"] };
    for (const k of HIST_KEYS) sums.hist[k] = [];
    byKey.set(keyOf(groupBy, group), { group, sums });
  }
  for (const row of histRows) {
    const target = byKey.get(keyOf(groupBy, groupOf(groupBy, row)));
    if (!target) continue;
    const buckets = row.h === null ? [] : (JSON.parse(row.h as string) as Array<[THistKey, number, number]>);
    for (const [name, index, n] of buckets) {
      const h = target.sums.hist[name];
      while (h.length < index) h.push(0);
      h[index - 1] = (h[index - 1] ?? 0) + n;
    }
  }
  return [...byKey.values()];
}

/**
 * Only some count columns, per group, no histograms: for figures that are plain counts (tier mix, reasons, a
 * drill-down's total). With no grouping there is always one row, zeros when no cell matches.
 */
export async function rollupCounts<K extends TCountKey>(
  prisma: PrismaClient,
  filters: TMetricFilters,
  groupBy: readonly TGroupDimension[],
  countKeys: readonly K[],
  narrow: TRollupNarrow = {},
): Promise<Array<TGroupCounts<K>>> {
  // Escalated only: the reason column is read too, so the table must keep it.
  const used: readonly TGroupDimension[] = narrow.escalatedOnly ? [...groupBy, "escalationReason"] : groupBy;
  const parts = planRollupRead(filters, used, WEEK_COUNT_TABLES, narrow.group ?? {});
  const rows = (await Promise.all(parts.map((part) => countPart(prisma, filters, groupBy, countKeys, narrow, part)))).flat();
  const byKey = new Map<string, TGroupCounts<K>>();
  for (const row of rows) {
    const group = groupOf(groupBy, row);
    const key = keyOf(groupBy, group);
    const into = byKey.get(key) ?? { group, counts: Object.fromEntries(countKeys.map((k) => [k, 0])) as Record<K, number> };
    for (const k of countKeys) into.counts[k] += Number(row[k] ?? 0);
    byKey.set(key, into);
  }
  if (groupBy.length === 0) return [byKey.get(keyOf(groupBy, {})) ?? { group: {}, counts: Object.fromEntries(countKeys.map((k) => [k, 0])) as Record<K, number> }];
  const sorted = [...byKey.values()].sort((a, b) => compareGroups(groupBy, a.group, b.group));
  // Emptied weekly rows stay behind with zeros: a group is there when it has tickets.
  return countKeys.includes("tickets" as K) ? sorted.filter((g) => (g.counts as Record<string, number>).tickets! > 0) : sorted;
}

async function countPart<K extends TCountKey>(
  prisma: PrismaClient,
  filters: TMetricFilters,
  groupBy: readonly TGroupDimension[],
  countKeys: readonly K[],
  narrow: TRollupNarrow,
  part: TRollupPart,
): Promise<Array<Record<string, unknown>>> {
  const table = Prisma.raw(`"${part.table}"`);
  const where = rollupWhere({ ...filters, from: part.from, to: part.to }, narrow.group, part.grain);
  const escalated = narrow.escalatedOnly ? Prisma.sql` AND r."escalationReason" <> ''` : Prisma.empty;
  // One JSON array of the sums per group: thousands of groups parse far faster as one value each than as a column each.
  const counts = Prisma.raw(`json_build_array(${countKeys.map((k) => `coalesce(sum(r."${k}"), 0)`).join(", ")})::text AS "c"`);
  const rows = await prisma.$queryRaw<Array<Record<string, unknown>>>(Prisma.sql`
    SELECT ${Prisma.join([...groupKeys(groupBy, part.grain), counts], ", ")}
    FROM ${table} r WHERE ${where}${escalated}
    ${groupBy.length > 0 ? Prisma.sql`GROUP BY ${Prisma.join(groupBy.map((_, i) => Prisma.raw(`"g${i}"`)), ", ")}` : Prisma.empty}`);
  for (const row of rows) {
    const sums = JSON.parse(row.c as string) as number[];
    countKeys.forEach((k, i) => (row[k] = sums[i]));
  }
  return rows;
}

/**
 * One part's histogram buckets per group, as one row per group with its buckets in JSON ([name, index, n]): a long
 * range has tens of thousands of buckets, and one JSON value parses far faster than a row each.
 */
async function histPart(prisma: PrismaClient, filters: TMetricFilters, groupBy: readonly TGroupDimension[], part: TRollupPart): Promise<Array<Record<string, unknown>>> {
  const where = rollupWhere({ ...filters, from: part.from, to: part.to }, {}, part.grain);
  const keyCols = groupBy.map((_, i) => Prisma.raw(`"g${i}"`));
  const buckets =
    part.grain === "week"
      ? Prisma.sql`
        SELECT ${Prisma.join([...groupKeys(groupBy, "week"), Prisma.sql`r."name"`, Prisma.sql`r."i"`, Prisma.sql`sum(r."n")::float8 AS "n"`], ", ")}
        FROM ${Prisma.raw(`"${part.table}"`)} r WHERE ${where} AND r."n" <> 0
        GROUP BY ${Prisma.join([...keyCols, Prisma.sql`r."name"`, Prisma.sql`r."i"`], ", ")}`
      : Prisma.sql`
        SELECT ${Prisma.join([...keyCols, Prisma.sql`h."name"`, Prisma.sql`h."i"::int AS "i"`, Prisma.sql`sum(h."n")::float8 AS "n"`], ", ")}
        FROM (SELECT ${Prisma.join([...groupKeys(groupBy, "day"), ...HIST_KEYS.map((k) => Prisma.raw(`r."${k}"`))], ", ")} FROM "MetricRollup" r WHERE ${where}) r
        CROSS JOIN LATERAL (
          ${Prisma.join(HIST_KEYS.map((k) => Prisma.sql`SELECT ${k}::text AS "name", u."n", u."i" FROM unnest(r.${Prisma.raw(`"${k}"`)}) WITH ORDINALITY AS u("n", "i")`), " UNION ALL ")}
        ) h
        WHERE h."n" <> 0
        GROUP BY ${Prisma.join([...keyCols, Prisma.sql`h."name"`, Prisma.sql`h."i"`], ", ")}`;
  return prisma.$queryRaw(Prisma.sql`
    SELECT ${Prisma.join([...keyCols.map((c) => Prisma.sql`b.${c}`), Prisma.sql`json_agg(json_build_array(b."name", b."i", b."n"))::text AS "h"`], ", ")}
    FROM (${buckets}) b
    ${groupBy.length > 0 ? Prisma.sql`GROUP BY ${Prisma.join(keyCols.map((c) => Prisma.sql`b.${c}`), ", ")}` : Prisma.empty}`);
}

function groupKeys(groupBy: readonly TGroupDimension[], grain: "day" | "week"): Prisma.Sql[] {
  return groupBy.map((d, i) => Prisma.sql`${groupExpression(d, grain)} AS ${Prisma.raw(`"g${i}"`)}`);
}

function groupOf(groupBy: readonly TGroupDimension[], row: Record<string, unknown>): TGroup {
  const group: TGroup = {};
  groupBy.forEach((d, i) => (group[d] = row[`g${i}`] as string | number));
  return group;
}

function keyOf(groupBy: readonly TGroupDimension[], group: TGroup): string {
  return JSON.stringify(groupBy.map((d) => group[d]));
}

function compareGroups(groupBy: readonly TGroupDimension[], a: TGroup, b: TGroup): number {
  for (const d of groupBy) {
    const x = a[d];
    const y = b[d];
    if (x === y) continue;
    if (typeof x === "number" && typeof y === "number") return x - y;
    return String(x) < String(y) ? -1 : 1;
  }
  return 0;
}
