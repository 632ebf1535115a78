import type { PrismaClient } from "@prisma/client";
import { DEFAULT_GUARDRAILS } from "../../server/ai/guardrails/defaults";
import { slugOf } from "../../server/services/knowledge/import/kb-import-types";
import { DEFAULT_REVIEW_CADENCE_DAYS } from "../../server/services/knowledge/kb-article-schema";
import { addDays } from "../../server/services/knowledge/review-flags";
import articles from "./kb-articles.json";

/** Seeded articles are keyed by this source and their title's slug. */
export const SEED_SOURCE = "seed";
/** Set once the default guardrails were inserted, so a rule ops deleted does not come back on the next start. */
const GUARDRAILS_SEEDED = "knowledge.guardrailsSeeded";
/** Set once the seeded articles got their page tags, so tags ops removed do not come back on the next start. */
const PAGES_SEEDED = "knowledge.pagesSeeded";

interface SeedArticle {
  title: string;
  body: string;
  category?: string;
  owner?: string;
  tags?: string[];
  /**
   * The pages the article is preferred on: the app screen of its area and its help-centre page as the demo
   * history records them (demo-history/page-urls.ts), and its section of the demo help centre (/help-centre/...).
   */
  pages?: string[];
  /** Days from now until the review is due (negative: overdue, for the demo's stale flag). */
  reviewDueDays?: number;
}

/**
 * A starter knowledge base so the demo's AI-reply flows have something to ground answers in, and the default
 * guardrails. Written for this project (not from the public data sets). Some of the demo history's Tier-1-like
 * categories are deliberately left without an article, so the gap report has something to find, and one
 * article is deliberately badly structured and overdue for review, so the lint and the stale flag show.
 * Idempotent: an article is created only when neither its seed key nor its title exists (older seeds had no key).
 */
export async function seedKnowledge(prisma: PrismaClient, now = new Date()): Promise<{ created: number; guardrails: number; tagged: number }> {
  let created = 0;
  for (const article of articles as SeedArticle[]) {
    const externalId = slugOf(article.title);
    const existing = await prisma.kbArticle.findFirst({ where: { OR: [{ source: SEED_SOURCE, externalId }, { title: article.title }] }, select: { id: true } });
    if (existing !== null) continue;
    await prisma.kbArticle.create({
      data: {
        title: article.title,
        body: article.body,
        category: article.category ?? null,
        owner: article.owner ?? "support-ops",
        tags: article.tags ?? [],
        pages: article.pages ?? [],
        status: "published",
        reviewDue: addDays(now, article.reviewDueDays ?? DEFAULT_REVIEW_CADENCE_DAYS),
        source: SEED_SOURCE,
        externalId,
      },
    });
    created++;
  }
  return { created, guardrails: await seedGuardrails(prisma), ...(await seedPages(prisma)) };
}

/** Workspaces seeded before articles had pages get the seeded tags once, on seeded articles that have none. */
async function seedPages(prisma: PrismaClient): Promise<{ tagged: number }> {
  if ((await prisma.setting.findUnique({ where: { key: PAGES_SEEDED } })) !== null) return { tagged: 0 };
  let tagged = 0;
  for (const article of articles as SeedArticle[]) {
    if (!article.pages?.length) continue;
    const { count } = await prisma.kbArticle.updateMany({ where: { source: SEED_SOURCE, externalId: slugOf(article.title), pages: { isEmpty: true } }, data: { pages: article.pages } });
    tagged += count;
  }
  await prisma.setting.create({ data: { key: PAGES_SEEDED, value: true } });
  return { tagged };
}

async function seedGuardrails(prisma: PrismaClient): Promise<number> {
  if ((await prisma.setting.findUnique({ where: { key: GUARDRAILS_SEEDED } })) !== null) return 0;
  let created = 0;
  for (const g of DEFAULT_GUARDRAILS) {
    if ((await prisma.guardrail.findFirst({ where: { rule: g.rule }, select: { id: true } })) !== null) continue;
    await prisma.guardrail.create({ data: { rule: g.rule, kind: g.kind, patterns: [...g.patterns], categories: [...g.categories], enabled: true } });
    created++;
  }
  await prisma.setting.create({ data: { key: GUARDRAILS_SEEDED, value: true } });
  return created;
}
