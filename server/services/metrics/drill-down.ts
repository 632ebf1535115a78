import "server-only";
import { Prisma, type PrismaClient } from "@prisma/client";
import type { TDrillDown } from "@/lib/metrics/filters";
import type { TCountKey, THandling } from "@/workflows/metrics";
import { rollupCounts } from "./rollup-sums";
import { ServiceError } from "@/server/services/lib/service-error";
import { rollupWhere } from "./rollup-where";

export interface TDrillDownItem {
  id: string;
  subject: string;
  createdAt: Date;
  /** "" when the ticket has no category. */
  category: string;
  handling: THandling;
  origin: "live" | "imported";
  queueName: string | null;
}

export interface TDrillDownPage {
  items: TDrillDownItem[];
  /** Every ticket behind the bar or point, not only this page. */
  total: number;
  nextCursor: string | null;
}

type TOnly = NonNullable<TDrillDown["only"]>;

/** Which tickets `only` keeps, on MetricTicketFact's columns. */
const ONLY_WHERE: Record<TOnly, Prisma.Sql> = {
  automated: Prisma.sql`r."handling" = 'automated'`,
  "came-back": Prisma.sql`r."handling" = 'came-back'`,
  "ai-assisted": Prisma.sql`r."handling" = 'ai-assisted'`,
  human: Prisma.sql`r."handling" = 'human'`,
  unresolved: Prisma.sql`r."handling" = 'unresolved'`,
  deflected: Prisma.sql`r."deflected"`,
  "sla-breached": Prisma.sql`r."slaBreached"`,
  "repeat-contact": Prisma.sql`r."repeatContact"`,
  escalated: Prisma.sql`r."escalationReason" <> ''`,
  // The tickets AI accuracy is over: those with any evidence on an AI answer, as the contribution counted them.
  "ai-judged": Prisma.sql`(r."contribution"->'counts'->>'combinedCounted') IS NOT NULL`,
};

/**
 * The same tickets counted in the rollup: the total comes from its cells, so it is the figure the chart showed and
 * costs no scan of the tickets. Escalated tickets are those with a reason cell, as ONLY_WHERE reads them.
 */
const ONLY_COUNT: Record<TOnly, TCountKey> = {
  automated: "automated",
  "came-back": "cameBack",
  "ai-assisted": "aiAssisted",
  human: "human",
  unresolved: "unresolved",
  deflected: "deflected",
  "sla-breached": "slaBreached",
  "repeat-contact": "repeatContact",
  escalated: "tickets",
  "ai-judged": "combinedCounted",
};

/** The tickets behind one bar or point of a dashboard: newest first, a page at a time. */
export async function drillDownTickets(prisma: PrismaClient, input: TDrillDown): Promise<TDrillDownPage> {
  const countKey = input.only === undefined ? "tickets" : ONLY_COUNT[input.only];
  const only = input.only === undefined ? [] : [ONLY_WHERE[input.only]];
  const cursor = input.cursor === undefined ? null : parseCursor(input.cursor);
  // The day is the creation time's, so (day, createdAt, id) orders as (createdAt, id); leading with the day lets
  // the page walk the facts' day index from the newest day and stop after a page.
  const after =
    cursor === null
      ? []
      : [Prisma.sql`r."day" <= ${cursor.createdAt.slice(0, 10)}::date`, Prisma.sql`(r."day", t."createdAt", t."id") < (${cursor.createdAt.slice(0, 10)}::date, ${cursor.createdAt}::timestamp, ${cursor.id})`];
  const where = Prisma.join([rollupWhere(input.filters, input.group), ...only, ...after], " AND ");
  const [rows, totals] = await Promise.all([
    prisma.$queryRaw<Array<TDrillDownItem & { createdAtText: string }>>(Prisma.sql`
      SELECT t."id", t."subject", t."createdAt", to_char(t."createdAt", 'YYYY-MM-DD"T"HH24:MI:SS.US') AS "createdAtText",
             r."category", r."handling", r."origin", q."name" AS "queueName"
      FROM "MetricTicketFact" r
      JOIN "Ticket" t ON t."id" = r."ticketId"
      LEFT JOIN "Queue" q ON q."id" = nullif(r."queueId", '')
      WHERE ${where}
      ORDER BY r."day" DESC, t."createdAt" DESC, t."id" DESC
      LIMIT ${input.limit + 1}`),
    rollupCounts(prisma, input.filters, [], [countKey], { group: input.group, escalatedOnly: input.only === "escalated" }),
  ]);
  const page = rows.slice(0, input.limit);
  const last = page.at(-1);
  const more = rows.length > input.limit && last !== undefined;
  return {
    items: page.map(({ createdAtText: _, ...item }) => item),
    total: totals[0]?.counts[countKey] ?? 0,
    nextCursor: more ? formatCursor(last.createdAtText, last.id) : null,
  };
}

/** The last row's creation time (to the microsecond, as stored) and id, so the next page starts right after it. */
function formatCursor(createdAt: string, id: string): string {
  return Buffer.from(`${createdAt}|${id}`, "utf8").toString("base64url");
}

function parseCursor(cursor: string): { createdAt: string; id: string } {
  const [createdAt, id] = Buffer.from(cursor, "base64url").toString("utf8").split("|");
  if (createdAt === undefined || id === undefined || !/^\d{4}-\d{2}-\d{2}T[\d:.]+$/.test(createdAt)) {
    throw new ServiceError("invalid", "That page of tickets is out of date: open the list again.", { field: "cursor" });
  }
  return { createdAt, id };
}
