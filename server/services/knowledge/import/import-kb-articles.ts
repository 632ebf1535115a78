import "server-only";
import type { PrismaClient } from "@prisma/client";
import { SOURCE_OF_FORMAT, type KbImportRejection, type TKbImportFile, type TKbImportFormat } from "./kb-import-types";
import { parseKbImport } from "./parse-kb-import";
import { DEFAULT_REVIEW_CADENCE_DAYS } from "../kb-article-schema";
import { addDays } from "../review-flags";
import { lintColumns } from "../article-lint";

export interface KbImportResult {
  format: TKbImportFormat;
  source: string;
  records: number;
  created: number;
  updated: number;
  unchanged: number;
  rejected: number;
  rejections: KbImportRejection[];
}

/**
 * Imports articles keyed by (source, the record's id): a new id creates an article, a known one updates it when
 * something changed (so an unchanged re-import leaves `updatedAt` alone), and bad records are reported, never
 * stopping the rest. A category, owner, pages or review date set in the studio survive an import that has none.
 */
export async function importKbArticles(
  prisma: PrismaClient,
  input: { format: TKbImportFormat; files: TKbImportFile[]; owner?: string | null; now?: Date },
): Promise<KbImportResult> {
  const source = SOURCE_OF_FORMAT[input.format];
  const parsed = parseKbImport(input.format, input.files);
  const existing = await prisma.kbArticle.findMany({
    where: { source, externalId: { in: parsed.records.map((r) => r.externalId) } },
  });
  const byId = new Map(existing.map((a) => [a.externalId, a]));
  const result: KbImportResult = { format: input.format, source, records: parsed.records.length + parsed.rejections.filter((r) => r.record > 0).length, created: 0, updated: 0, unchanged: 0, rejected: parsed.rejections.length, rejections: parsed.rejections };
  for (const { externalId, article } of parsed.records) {
    const current = byId.get(externalId);
    if (current === undefined) {
      const reviewDue = article.reviewDue ?? addDays(input.now ?? new Date(), DEFAULT_REVIEW_CADENCE_DAYS);
      await prisma.kbArticle.create({ data: { ...article, ...lintColumns(article.body), owner: article.owner ?? input.owner ?? null, reviewDue, source, externalId } });
      result.created++;
      continue;
    }
    const next = { ...article, owner: article.owner ?? current.owner, category: article.category ?? current.category, pages: article.pages.length > 0 ? article.pages : current.pages, reviewDue: article.reviewDue ?? current.reviewDue };
    const same =
      current.title === next.title &&
      current.body === next.body &&
      current.category === next.category &&
      current.owner === next.owner &&
      current.status === next.status &&
      current.tags.join("\u0000") === next.tags.join("\u0000") &&
      current.pages.join("\u0000") === next.pages.join("\u0000") &&
      (current.reviewDue?.getTime() ?? null) === (next.reviewDue?.getTime() ?? null);
    if (same) result.unchanged++;
    else {
      await prisma.kbArticle.update({ where: { id: current.id }, data: { ...next, ...(current.body === next.body ? {} : lintColumns(next.body)) } });
      result.updated++;
    }
  }
  return result;
}
