import "server-only";
import { Prisma, type PrismaClient } from "@prisma/client";
import type { TReviewSnapshot } from "../../../lib/weekly-review/snapshot";
import { CORRECT_FEEDBACK_VERDICTS } from "../../../workflows/metrics/definitions";
import { addDays } from "../../../workflows/metrics/weeks";
import type { TReviewWeek } from "./what-moved";

const LIMIT = 10;

/**
 * Knowledge articles to look at: those cited by AI replies agents marked as not right this week (any verdict the
 * accuracy definition does not count as correct), most marked first, and published articles whose review date had
 * passed by the end of the week (or by now, for the week under way), longest overdue first.
 */
export async function knowledgeArticles(prisma: PrismaClient, w: TReviewWeek, now: Date): Promise<TReviewSnapshot["knowledge"]> {
  const weekEnd = new Date(`${addDays(w.to, 1)}T00:00:00.000Z`);
  const cutoff = now < weekEnd ? now : weekEnd;
  const marks = await prisma.$queryRaw<Array<{ articleId: string; verdict: string; n: number }>>(Prisma.sql`
    SELECT a."id" AS "articleId", f."verdict", count(DISTINCT f."id")::int AS "n"
    FROM "Feedback" f CROSS JOIN LATERAL unnest(f."citedArticleIds") AS a("id")
    WHERE f."createdAt" >= ${new Date(`${w.from}T00:00:00.000Z`)} AND f."createdAt" < ${weekEnd}
      AND f."verdict" <> ALL(${[...CORRECT_FEEDBACK_VERDICTS]}::text[])
    GROUP BY 1, 2`);
  const byArticle = new Map<string, Record<string, number>>();
  for (const m of marks) byArticle.set(m.articleId, { ...byArticle.get(m.articleId), [m.verdict]: m.n });
  const articles = await prisma.kbArticle.findMany({ where: { id: { in: [...byArticle.keys()] } }, select: { id: true, title: true } });
  const wrong = articles
    .map((a) => {
      const verdicts = byArticle.get(a.id)!;
      const marked = Object.values(verdicts).reduce((sum, n) => sum + n, 0);
      return { key: `kb-wrong:${a.id}`, articleId: a.id, title: a.title, marked, verdicts };
    })
    .sort((a, b) => b.marked - a.marked || a.title.localeCompare(b.title))
    .slice(0, LIMIT);
  const overdueWhere = { status: "published", reviewDue: { lt: cutoff } };
  const [overdue, overdueTotal] = await Promise.all([
    prisma.kbArticle.findMany({ where: overdueWhere, select: { id: true, title: true, owner: true, reviewDue: true }, orderBy: [{ reviewDue: "asc" }, { id: "asc" }], take: LIMIT }),
    prisma.kbArticle.count({ where: overdueWhere }),
  ]);
  return {
    wrong,
    overdue: overdue.map((a) => ({ key: `kb-overdue:${a.id}`, articleId: a.id, title: a.title, owner: a.owner, reviewDue: a.reviewDue!.toISOString() })),
    overdueTotal,
  };
}
