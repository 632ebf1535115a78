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
export async function categoryExamples(
  prisma: PrismaClient,
  view: TSignalsView,
  window: TWindow,
  categories: readonly string[],
  only: "all" | "repeat-contact" = "all",
): Promise<Map<string, TSignalExample[]>> {
  const result = new Map<string, TSignalExample[]>();
  if (categories.length === 0) return result;
  const origin = view.origin === "all" ? Prisma.empty : Prisma.sql`AND f."origin" = ${view.origin}`;
  const repeat = only === "repeat-contact" ? Prisma.sql`AND f."repeatContact"` : Prisma.empty;
  const rows = await prisma.$queryRaw<Array<{ category: string; id: string; subject: string; createdAt: Date }>>(Prisma.sql`
    SELECT "category", "id", "subject", "createdAt" FROM (
      SELECT f."category", t."id", t."subject", t."createdAt",
             row_number() OVER (PARTITION BY f."category" ORDER BY t."createdAt" DESC, t."id" DESC) AS "n"
      FROM "MetricTicketFact" f JOIN "Ticket" t ON t."id" = f."ticketId"
      WHERE f."day" >= ${window.from}::date AND f."day" <= ${window.to}::date
        AND f."category" = ANY(${[...categories]}::text[]) ${origin} ${repeat}
    ) x WHERE "n" <= ${EXAMPLES_PER_SIGNAL}
    ORDER BY "category", "createdAt" DESC`);
  for (const row of rows) {
    const list = result.get(row.category) ?? [];
    list.push({ ticketId: row.id, subject: row.subject, createdAt: row.createdAt });
    result.set(row.category, list);
  }
  return result;
}
