import "server-only";
import { Prisma, type PrismaClient } from "@prisma/client";
import type { TSignalsView } from "@/lib/signals/view";
import type { TWindow } from "@/workflows/metrics/rising";
import type { TSignalExample } from "./signal-types";

export const EXAMPLES_PER_SIGNAL = 3;

/**
 * The newest tickets of each category in the window (optionally only repeat contacts), a few per category, in one
 * query over the ticket facts (the same rows the dashboards drill down to).
 */
export function categoryExamples(
  prisma: PrismaClient,
  view: TSignalsView,
  window: TWindow,
  categories: readonly string[],
  only: "all" | "repeat-contact" = "all",
): Promise<Map<string, TSignalExample[]>> {
  const repeat = only === "repeat-contact" ? Prisma.sql`AND f."repeatContact"` : Prisma.empty;
  return examplesBy(prisma, view, window, Prisma.sql`f."category"`, categories, repeat);
}

/**
 * The newest tickets in the window for each value of `key` (an expression over the facts `f` and their tickets `t`,
 * such as the category or the page area), a few per value, in one query.
 */
export async function examplesBy(
  prisma: PrismaClient,
  view: TSignalsView,
  window: TWindow,
  key: Prisma.Sql,
  values: readonly string[],
  extra: Prisma.Sql = Prisma.empty,
): Promise<Map<string, TSignalExample[]>> {
  const result = new Map<string, TSignalExample[]>();
  if (values.length === 0) return result;
  const origin = view.origin === "all" ? Prisma.empty : Prisma.sql`AND f."origin" = ${view.origin}`;
  const rows = await prisma.$queryRaw<Array<{ key: string; id: string; subject: string; createdAt: Date }>>(Prisma.sql`
    SELECT "key", "id", "subject", "createdAt" FROM (
      SELECT x.*, row_number() OVER (PARTITION BY x."key" ORDER BY x."createdAt" DESC, x."id" DESC) AS "n" FROM (
        SELECT ${key} AS "key", t."id", t."subject", t."createdAt"
        FROM "MetricTicketFact" f JOIN "Ticket" t ON t."id" = f."ticketId"
        WHERE f."day" >= ${window.from}::date AND f."day" <= ${window.to}::date ${origin} ${extra}
      ) x WHERE x."key" = ANY(${[...values]}::text[])
    ) y WHERE "n" <= ${EXAMPLES_PER_SIGNAL}
    ORDER BY "key", "createdAt" DESC`);
  for (const row of rows) {
    const list = result.get(row.key) ?? [];
    list.push({ ticketId: row.id, subject: row.subject, createdAt: row.createdAt });
    result.set(row.key, list);
  }
  return result;
}
