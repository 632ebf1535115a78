import "server-only";
import type { KbArticle, PrismaClient } from "@prisma/client";
import { DEFAULT_REVIEW_CADENCE_DAYS, type TKbArticleInput } from "./kb-article-schema";
import { KbConflictError, KbNotFoundError } from "./kb-article-errors";
import { lintArticle, type LintWarning } from "../../../lib/knowledge/lint-article";
import { lintColumns } from "./article-lint";
import { negativeFeedbackByArticle, type NegativeFeedbackItem } from "./negative-feedback";
import { addDays, reviewFlags, type ReviewFlags } from "./review-flags";

export interface KbArticleDetail {
  article: KbArticle;
  flags: ReviewFlags;
  lint: LintWarning[];
  negativeFeedback: NegativeFeedbackItem[];
}

/** One article with its lint warnings, review flags and the negative feedback that cited it. */
export async function getKbArticle(prisma: PrismaClient, id: string, now = new Date()): Promise<KbArticleDetail> {
  const article = await prisma.kbArticle.findUnique({ where: { id } });
  if (article === null) throw new KbNotFoundError("Article", id);
  const [ids, negative] = await Promise.all([prisma.kbArticle.findMany({ select: { id: true } }), negativeFeedbackByArticle(prisma, now, [id])]);
  return {
    article,
    flags: reviewFlags(article, now),
    lint: lintArticle(article.body, { knownArticleIds: new Set(ids.map((a) => a.id)) }),
    negativeFeedback: negative.get(id) ?? [],
  };
}

/** A new article; without a review date it is due one cadence from now. */
export function createKbArticle(prisma: PrismaClient, input: TKbArticleInput, now = new Date()): Promise<KbArticle> {
  return prisma.kbArticle.create({ data: { ...input, ...lintColumns(input.body), reviewDue: input.reviewDue ?? addDays(now, DEFAULT_REVIEW_CADENCE_DAYS) } });
}

/**
 * Saves an edit (every save moves `updatedAt`, even with nothing changed: saving is an explicit act). With
 * `expectedUpdatedAt`, an article saved by someone else since is refused instead of overwritten.
 */
export async function updateKbArticle(prisma: PrismaClient, id: string, input: TKbArticleInput, expectedUpdatedAt?: Date): Promise<KbArticle> {
  const current = await prisma.kbArticle.findUnique({ where: { id }, select: { updatedAt: true } });
  if (current === null) throw new KbNotFoundError("Article", id);
  if (expectedUpdatedAt !== undefined && current.updatedAt.getTime() !== expectedUpdatedAt.getTime()) throw new KbConflictError(current.updatedAt);
  return prisma.kbArticle.update({ where: { id }, data: { ...input, ...lintColumns(input.body), updatedAt: new Date() } });
}

export async function deleteKbArticle(prisma: PrismaClient, id: string): Promise<{ id: string; title: string }> {
  const existing = await prisma.kbArticle.findUnique({ where: { id }, select: { id: true, title: true } });
  if (existing === null) throw new KbNotFoundError("Article", id);
  await prisma.kbArticle.deleteMany({ where: { id } });
  return existing;
}

/** "Mark reviewed": the review is recorded now and the next one is due a cadence later (90 days unless said). */
export async function markKbArticleReviewed(prisma: PrismaClient, id: string, opts: { cadenceDays?: number; now?: Date } = {}): Promise<KbArticle> {
  const now = opts.now ?? new Date();
  const exists = await prisma.kbArticle.findUnique({ where: { id }, select: { id: true } });
  if (exists === null) throw new KbNotFoundError("Article", id);
  return prisma.kbArticle.update({ where: { id }, data: { reviewedAt: now, reviewDue: addDays(now, opts.cadenceDays ?? DEFAULT_REVIEW_CADENCE_DAYS) } });
}

/** Category suggestions for the editor (the history's categories first, then the KB's own) and the known owners. */
export async function kbVocabulary(prisma: PrismaClient): Promise<{ categories: string[]; owners: string[] }> {
  const [tickets, articles] = await Promise.all([
    prisma.ticket.groupBy({ by: ["category"], where: { category: { not: null } }, _count: { _all: true }, orderBy: { _count: { category: "desc" } }, take: 500 }),
    prisma.kbArticle.findMany({ select: { category: true, owner: true } }),
  ]);
  const categories = [...new Set([...tickets.map((t) => t.category!), ...articles.map((a) => a.category).filter((c): c is string => c !== null)])].filter((c) => c.trim() !== "");
  const owners = [...new Set(articles.map((a) => a.owner).filter((o): o is string => o !== null && o !== ""))].sort();
  return { categories, owners };
}
