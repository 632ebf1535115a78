import "server-only";
import type { PrismaClient } from "@prisma/client";
import type { TKbListFilter } from "./kb-article-schema";
import { matchesPage } from "../../../lib/knowledge/page-tags";
import { lintCounts } from "./article-lint";
import { negativeFeedbackByArticle } from "./negative-feedback";
import { reviewFlags, type ReviewFlags } from "./review-flags";

export interface KbArticleRow extends ReviewFlags {
  id: string;
  title: string;
  category: string | null;
  owner: string | null;
  tags: string[];
  /** The pages retrieval prefers the article on. */
  pages: string[];
  status: string;
  source: string | null;
  reviewDue: Date | null;
  reviewedAt: Date | null;
  updatedAt: Date;
  lintWarnings: number;
  negativeFeedback: number;
}

export interface KbArticleList {
  articles: KbArticleRow[];
  /** Counts over the whole knowledge base, for the filter chips. */
  totals: { all: number; stale: number; negativeFeedback: number; lint: number };
}

/**
 * The article list: text search over title, body and tags (every word must occur), category, owner and status
 * filters, the page filter (the articles retrieval prefers for a customer on that page), and the review flags (stale, touched by negative feedback, lint warnings) computed per article.
 * A knowledge base is hundreds of articles, not millions, so flags are computed in memory; the lint warnings are
 * the ones stored when each article was saved (article-lint.ts), never a parse of every body.
 */
export async function listKbArticles(prisma: PrismaClient, filter: TKbListFilter, now = new Date()): Promise<KbArticleList> {
  const [rows, negative] = await Promise.all([
    prisma.kbArticle.findMany({ orderBy: [{ title: "asc" }, { id: "asc" }] }),
    negativeFeedbackByArticle(prisma, now),
  ]);
  const lint = await lintCounts(prisma, rows);
  const all = rows.map((row): KbArticleRow & { body: string } => ({
    id: row.id,
    title: row.title,
    body: row.body,
    category: row.category,
    owner: row.owner,
    tags: row.tags,
    pages: row.pages,
    status: row.status,
    source: row.source,
    reviewDue: row.reviewDue,
    reviewedAt: row.reviewedAt,
    updatedAt: row.updatedAt,
    lintWarnings: lint.get(row.id) ?? 0,
    negativeFeedback: negative.get(row.id)?.length ?? 0,
    ...reviewFlags(row, now),
  }));
  const words = filter.query.toLowerCase().split(/\s+/).filter(Boolean);
  const matches = all.filter((a) => {
    if (filter.category !== undefined && filter.category !== "" && a.category !== filter.category) return false;
    if (filter.owner !== undefined && filter.owner !== "" && a.owner !== filter.owner) return false;
    if (filter.status !== undefined && a.status !== filter.status) return false;
    if (filter.flag === "stale" && !a.stale) return false;
    if (filter.flag === "negative-feedback" && a.negativeFeedback === 0) return false;
    if (filter.flag === "lint" && a.lintWarnings === 0) return false;
    if (filter.page !== undefined && filter.page !== "" && !matchesPage(a.pages, pageOfFilter(filter.page))) return false;
    const haystack = `${a.title}\n${a.body}\n${a.tags.join(" ")}`.toLowerCase();
    return words.every((w) => haystack.includes(w));
  });
  return {
    articles: matches.map(({ body: _body, ...row }) => row),
    totals: {
      all: all.length,
      stale: all.filter((a) => a.stale).length,
      negativeFeedback: all.filter((a) => a.negativeFeedback > 0).length,
      lint: all.filter((a) => a.lintWarnings > 0).length,
    },
  };
}


/** What ops type in the page filter: an address, a path, or a path without its first slash ("billing/invoices"). */
function pageOfFilter(page: string): string {
  return page.startsWith("/") || /^[a-z][a-z0-9+.-]*:/i.test(page) ? page : `/${page}`;
}
