import "server-only";
import { Prisma, type PrismaClient } from "@prisma/client";
import type { TSignalsView } from "@/lib/signals/view";
import { risingSeries, type TWindow } from "@/workflows/metrics/rising";
import { examplesBy } from "./signal-examples";
import type { TSignalsReport } from "./signal-types";

const SHOWN = 12;

/** A path segment as an area name: ids (numbers, long hex or mixed tokens) become ":id", so /orders/123 and /orders/456 are one area. */
const segment = (s: Prisma.Sql) =>
  Prisma.sql`CASE WHEN ${s} ~ '^[0-9]+$' OR ${s} ~* '^[0-9a-f-]{16,}$' OR (${s} ~ '[0-9]' AND length(${s}) >= 12) THEN ':id' ELSE lower(${s}) END`;

/** The ticket's page as an area: its path without scheme, host, query or fragment, cut to the first two segments. */
const AREA = (() => {
  const path = Prisma.sql`regexp_replace(regexp_replace(t."pageUrl", '^[A-Za-z][A-Za-z0-9+.-]*://[^/]*', ''), '[?#].*$', '')`;
  const s1 = Prisma.sql`split_part(${path}, '/', 2)`;
  const s2 = Prisma.sql`split_part(${path}, '/', 3)`;
  return Prisma.sql`CASE WHEN coalesce(t."pageUrl", '') = '' THEN NULL
    ELSE '/' || ${segment(s1)} || CASE WHEN ${s2} = '' THEN '' ELSE '/' || ${segment(s2)} END END`;
})();

/**
 * Where in the product customers were when they wrote (the page URL the widget or helpdesk recorded), by area:
 * tickets in the current window against the area's own baseline, and how many of them were escalated or came
 * back. One grouped scan of the windows' ticket facts.
 */
export async function pageFriction(prisma: PrismaClient, view: TSignalsView, windows: readonly TWindow[]): Promise<TSignalsReport["friction"]> {
  const first = windows[0]!.from;
  const last = windows.at(-1)!;
  const days = last.to === last.from ? 1 : Math.round((Date.parse(last.to) - Date.parse(last.from)) / 86_400_000) + 1;
  const origin = view.origin === "all" ? Prisma.empty : Prisma.sql`AND f."origin" = ${view.origin}`;
  const rows = await prisma.$queryRaw<Array<{ area: string | null; back: number; tickets: bigint; escalated: bigint; repeats: bigint }>>(Prisma.sql`
    SELECT ${AREA} AS "area", ((${last.to}::date - f."day") / ${days})::int AS "back",
           count(*)::bigint AS "tickets",
           count(*) FILTER (WHERE f."escalationReason" <> '')::bigint AS "escalated",
           count(*) FILTER (WHERE f."repeatContact")::bigint AS "repeats"
    FROM "MetricTicketFact" f JOIN "Ticket" t ON t."id" = f."ticketId"
    WHERE f."day" >= ${first}::date AND f."day" <= ${last.to}::date ${origin}
    GROUP BY 1, 2`);
  const byArea = new Map<string, { trend: number[]; escalated: number; repeats: number }>();
  let tickets = 0;
  let ticketsWithPage = 0;
  for (const row of rows) {
    const index = windows.length - 1 - row.back;
    if (index < 0) continue;
    if (index === windows.length - 1) {
      tickets += Number(row.tickets);
      if (row.area !== null) ticketsWithPage += Number(row.tickets);
    }
    if (row.area === null) continue;
    let entry = byArea.get(row.area);
    if (!entry) byArea.set(row.area, (entry = { trend: windows.map(() => 0), escalated: 0, repeats: 0 }));
    entry.trend[index]! += Number(row.tickets);
    if (index === windows.length - 1) {
      entry.escalated += Number(row.escalated);
      entry.repeats += Number(row.repeats);
    }
  }
  const tested = risingSeries([...byArea].map(([area, e]) => ({ key: area, windows: e.trend })));
  const shown = tested
    .filter((r) => r.observed > 0)
    .sort((a, b) => b.observed - a.observed || a.key.localeCompare(b.key))
    .slice(0, SHOWN);
  const examples = await areaExamples(prisma, view, last, shown.map((r) => r.key));
  return {
    tickets,
    ticketsWithPage,
    areas: shown.map((r) => {
      const e = byArea.get(r.key)!;
      return {
        area: r.key,
        tickets: r.observed,
        expected: r.expected,
        rising: r.rising,
        chance: r.chance,
        escalated: e.escalated,
        repeatContacts: e.repeats,
        trend: e.trend,
        examples: examples.get(r.key) ?? [],
      };
    }),
  };
}

function areaExamples(prisma: PrismaClient, view: TSignalsView, window: TWindow, areas: readonly string[]) {
  return examplesBy(prisma, view, window, AREA, areas);
}
