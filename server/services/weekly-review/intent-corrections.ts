import "server-only";
import { Prisma, type PrismaClient } from "@prisma/client";
import type { TCorrectionItem } from "../../../lib/weekly-review/snapshot";
import { addDays } from "../../../workflows/metrics/weeks";
import type { TReviewWeek } from "./what-moved";

const PAIRS = 10;
const EXAMPLES = 3;
const EXCERPT_CHARS = 240;

/**
 * The intents agents corrected most this week: the intent the ticket carried against the one an agent's feedback
 * gave, counted in tickets, each pair with a few of its tickets' own words (the phrasings that confused the
 * classifier). A ticket with no intent counts as "" (the classifier gave none).
 */
export async function intentCorrections(prisma: PrismaClient, w: TReviewWeek): Promise<TCorrectionItem[]> {
  const inWeek = Prisma.sql`f."createdAt" >= ${new Date(`${w.from}T00:00:00.000Z`)} AND f."createdAt" < ${new Date(`${addDays(w.to, 1)}T00:00:00.000Z`)}
    AND f."correctedIntent" IS NOT NULL AND f."correctedIntent" <> coalesce(t."intent", '')`;
  const pairs = await prisma.$queryRaw<Array<{ from: string; to: string; n: number }>>(Prisma.sql`
    SELECT coalesce(t."intent", '') AS "from", f."correctedIntent" AS "to", count(DISTINCT f."ticketId")::int AS "n"
    FROM "Feedback" f JOIN "Ticket" t ON t."id" = f."ticketId"
    WHERE ${inWeek}
    GROUP BY 1, 2 ORDER BY 3 DESC, 1, 2 LIMIT ${PAIRS}`);
  return Promise.all(
    pairs.map(async (p) => {
      const examples = await prisma.$queryRaw<Array<{ ticketId: string; subject: string; excerpt: string }>>(Prisma.sql`
        SELECT t."id" AS "ticketId", t."subject", left(t."body", ${EXCERPT_CHARS}) AS "excerpt"
        FROM "Feedback" f JOIN "Ticket" t ON t."id" = f."ticketId"
        WHERE ${inWeek} AND coalesce(t."intent", '') = ${p.from} AND f."correctedIntent" = ${p.to}
        GROUP BY t."id", t."subject", t."body" ORDER BY max(f."createdAt") DESC, t."id" LIMIT ${EXAMPLES}`);
      return { key: `corrected:${p.from}->${p.to}`, from: p.from, to: p.to, count: p.n, examples };
    }),
  );
}
