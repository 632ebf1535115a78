import "server-only";
import type { PrismaClient } from "@prisma/client";
import { UNCATEGORISED, sqlTime, ticketsInScope, type AuditScope } from "./audit-scope";

const DAY_MS = 86_400_000;
const WEEK_MS = 7 * DAY_MS;
/** The weekly series covers the history up to this many weeks back from `now`. */
export const MAX_TREND_WEEKS = 26;

export interface CategoryTrend {
  weekly: number[];
  changePct: number | null;
}

/** Weeks in the series: enough to reach the oldest ticket, at least 1, at most MAX_TREND_WEEKS. */
export function trendWeeks(oldest: Date | null, now: Date): number {
  if (oldest === null) return 1;
  return Math.min(MAX_TREND_WEEKS, Math.max(1, Math.ceil((now.getTime() - oldest.getTime()) / WEEK_MS)));
}

/**
 * Tickets per category per week, counted back from `now` (the last bucket is the 7 days before it), and the change of
 * the last 30 days against the 30 before in percent; null when those 30 days before had no tickets (no base).
 */
export async function loadCategoryTrends(prisma: PrismaClient, scope: AuditScope, weeks: number): Promise<Map<string, CategoryTrend>> {
  const now = sqlTime(scope.now);
  const rows = await prisma.$queryRaw<Array<{ category: string; weeksAgo: number; n: number; last30: number; prev30: number }>>`
    SELECT coalesce(t.category, ${UNCATEGORISED}) AS category,
           floor(extract(epoch FROM ${now} - t."createdAt") / ${WEEK_MS / 1000})::int AS "weeksAgo",
           count(*)::int AS n,
           count(*) FILTER (WHERE t."createdAt" > ${now} - interval '30 days')::int AS last30,
           count(*) FILTER (WHERE t."createdAt" <= ${now} - interval '30 days' AND t."createdAt" > ${now} - interval '60 days')::int AS prev30
    FROM "Ticket" t
    WHERE ${ticketsInScope(scope)}
    GROUP BY 1, 2`;

  const acc = new Map<string, { weekly: number[]; last30: number; prev30: number }>();
  for (const r of rows) {
    const entry = acc.get(r.category) ?? { weekly: new Array<number>(weeks).fill(0), last30: 0, prev30: 0 };
    if (r.weeksAgo < weeks) entry.weekly[weeks - 1 - r.weeksAgo]! += r.n;
    entry.last30 += r.last30;
    entry.prev30 += r.prev30;
    acc.set(r.category, entry);
  }
  const out = new Map<string, CategoryTrend>();
  for (const [category, e] of acc) {
    const changePct = e.prev30 === 0 ? null : Math.round(((e.last30 - e.prev30) / e.prev30) * 1000) / 10;
    out.set(category, { weekly: e.weekly, changePct });
  }
  return out;
}
