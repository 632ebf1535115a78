import "server-only";
import type { PrismaClient } from "@prisma/client";
import { buildKbIndex, type TKbIndex } from "./retrieval";

/**
 * The BM25 index of the published KB, built from the database and rebuilt only when the published set
 * changes: at most every `checkEveryMs` it asks for the count and latest `updatedAt` of published articles
 * (one aggregate query) and rebuilds when either moved. Every change through Prisma moves one of them: an
 * edit or publish bumps `updatedAt` (@updatedAt), a delete or unpublish lowers the count. Concurrent
 * callers share one load.
 */
export interface KbIndexSource {
  /** The current index (rebuilding it first when the KB changed). */
  get(): Promise<TKbIndex>;
  /** The last index built, without touching the database (null before the first get). */
  peek(): TKbIndex | null;
}

export function cachedKbIndex(prisma: PrismaClient, options: { checkEveryMs?: number; now?: () => number } = {}): KbIndexSource {
  const checkEveryMs = options.checkEveryMs ?? 5_000;
  const now = options.now ?? Date.now;
  let index: TKbIndex | null = null;
  let fingerprint = "";
  let checkedAt = Number.NEGATIVE_INFINITY;
  let pending: Promise<TKbIndex> | null = null;

  async function refresh(): Promise<TKbIndex> {
    const agg = await prisma.kbArticle.aggregate({ where: { status: "published" }, _count: { _all: true }, _max: { updatedAt: true } });
    const next = `${agg._count._all}:${agg._max.updatedAt?.toISOString() ?? "-"}`;
    if (index === null || next !== fingerprint) {
      const articles = await prisma.kbArticle.findMany({ where: { status: "published" }, select: { id: true, title: true, body: true, category: true, pages: true } });
      index = buildKbIndex(articles);
      fingerprint = next;
    }
    checkedAt = now();
    return index;
  }

  return {
    async get() {
      if (index !== null && now() - checkedAt < checkEveryMs) return index;
      pending ??= refresh().finally(() => {
        pending = null;
      });
      return pending;
    },
    peek: () => index,
  };
}
