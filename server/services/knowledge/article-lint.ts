import "server-only";
import type { Prisma, PrismaClient } from "@prisma/client";
import { lintForStorage, storedLintCount } from "../../../lib/knowledge/lint-article";

/**
 * The structure lint is computed when an article's body is saved (created, edited, imported) and stored with it,
 * so the list, which shows every article's warning count, never parses bodies: a knowledge base of long articles
 * lists as fast as one of short ones.
 */
export function lintColumns(body: string): { lintWarnings: Prisma.InputJsonValue; linkedArticleIds: string[] } {
  const { warnings, linkedArticleIds } = lintForStorage(body);
  return { lintWarnings: warnings as unknown as Prisma.InputJsonValue, linkedArticleIds };
}

export interface TLintedRow {
  id: string;
  body: string;
  lintWarnings: Prisma.JsonValue | null;
  linkedArticleIds: string[];
}

/**
 * Each row's warning count. A row saved before lint was stored (or written around the services) has none yet: it
 * is computed here once and kept, so the next list reads it like the others.
 */
export async function lintCounts(prisma: PrismaClient, rows: readonly TLintedRow[]): Promise<Map<string, number>> {
  const known = new Set(rows.map((r) => r.id));
  const counts = new Map<string, number>();
  for (const row of rows) {
    let warnings = Array.isArray(row.lintWarnings) ? row.lintWarnings.length : null;
    let linked = row.linkedArticleIds;
    if (warnings === null) {
      const columns = lintColumns(row.body);
      await prisma.kbArticle.updateMany({ where: { id: row.id, body: row.body }, data: columns });
      warnings = (columns.lintWarnings as unknown[]).length;
      linked = columns.linkedArticleIds;
    }
    counts.set(row.id, storedLintCount({ warnings, linkedArticleIds: linked }, known));
  }
  return counts;
}
