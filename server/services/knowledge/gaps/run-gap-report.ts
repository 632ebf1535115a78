import "server-only";
import { Prisma, type PrismaClient } from "@prisma/client";
import { buildKbIndex, searchKbIndex, STRONG_MATCH_SCORE } from "../../../ai/local/retrieval";
import { computeGapReport, ZGapReportSchema, type GapTicket, type TGapReport } from "./gap-report";
import { tierOneCategories, type TierOneCategories } from "./tier-one-categories";

/** Where the last report is kept, so the page opens with it. */
export const GAP_REPORT_SETTING = "knowledge.gapReport";
/** Tickets checked per category: enough for a share to two digits, few enough for seconds on 20,000 tickets. */
export const GAP_SAMPLE_LIMIT = 200;

/**
 * Runs the gap report over the published articles and stores it. `tiers` overrides where the categories come from
 * (tests, or a caller that already resolved them). The sample per category is deterministic: the tickets whose
 * md5(id) sorts first, so re-running on the same history checks the same tickets.
 */
export async function runGapReport(
  prisma: PrismaClient,
  opts: { tiers?: TierOneCategories; sampleLimit?: number; now?: Date; store?: boolean } = {},
): Promise<TGapReport> {
  const tiers = opts.tiers ?? (await tierOneCategories(prisma));
  const sampleLimit = opts.sampleLimit ?? GAP_SAMPLE_LIMIT;
  const articles = await prisma.kbArticle.findMany({ where: { status: "published" } });
  const index = buildKbIndex(articles);
  const categoryOf = new Map(articles.map((a) => [a.id, a.category]));
  const [counts, sample] = tiers.categories.length === 0 ? [[], []] : await Promise.all([countTickets(prisma, tiers.categories), sampleTickets(prisma, tiers.categories, sampleLimit)]);
  const categories = computeGapReport({
    categories: tiers.categories.map((category) => ({ category, tickets: counts.find((c) => c.category === category)?.count ?? 0 })),
    sample,
    strongMatchScore: STRONG_MATCH_SCORE,
    bestMatch: (text) => {
      const best = searchKbIndex(index, text, 1)[0];
      return best === undefined
        ? null
        : { articleId: best.articleId, title: best.title, section: best.section ?? null, score: best.score, category: categoryOf.get(best.articleId) ?? null };
    },
  });
  const report: TGapReport = {
    generatedAt: (opts.now ?? new Date()).toISOString(),
    tierSource: tiers.source,
    tierMapVersion: tiers.tierMapVersion,
    strongMatchScore: STRONG_MATCH_SCORE,
    sampleLimit,
    publishedArticles: articles.length,
    categories,
  };
  if (opts.store !== false) {
    const value = report as unknown as Prisma.InputJsonValue;
    await prisma.setting.upsert({ where: { key: GAP_REPORT_SETTING }, create: { key: GAP_REPORT_SETTING, value }, update: { value } });
  }
  return report;
}

/** The last stored report, or null (never run, or stored in an older shape). */
export async function latestGapReport(prisma: PrismaClient): Promise<TGapReport | null> {
  const row = await prisma.setting.findUnique({ where: { key: GAP_REPORT_SETTING } });
  const parsed = row === null ? null : ZGapReportSchema.safeParse(row.value);
  return parsed?.success ? parsed.data : null;
}

async function countTickets(prisma: PrismaClient, categories: string[]): Promise<{ category: string; count: number }[]> {
  const groups = await prisma.ticket.groupBy({ by: ["category"], where: { category: { in: categories } }, _count: { _all: true } });
  return groups.map((g) => ({ category: g.category!, count: g._count._all }));
}

function sampleTickets(prisma: PrismaClient, categories: string[], limit: number): Promise<GapTicket[]> {
  return prisma.$queryRaw<GapTicket[]>`
    SELECT id, category, subject, body FROM (
      SELECT t.id, t.category, t.subject, t.body,
             row_number() OVER (PARTITION BY t.category ORDER BY md5(t.id), t.id) AS rn
      FROM "Ticket" t
      WHERE t.category IN (${Prisma.join(categories)})
    ) s
    WHERE s.rn <= ${limit}
    ORDER BY s.category, s.rn`;
}
