import "server-only";
import { z } from "zod";

/**
 * The input of a list read a page at a time: `cursor` is the id of the previous page's last row (tRPC's infinite
 * queries fill it in; absent for the first page).
 */
export function keysetPageInput(defaultLimit: number) {
  return z.object({
    cursor: z.string().min(1).nullish(),
    limit: z.number().int().min(1).max(100).default(defaultLimit),
  });
}

export interface KeysetPage<T> {
  items: T[];
  /** The id to ask for the next page with; null on the last page. */
  nextCursor: string | null;
}

/** What a model's findMany needs for one page; the caller adds its where and select. */
export interface NewestFirstPageArgs {
  orderBy: Array<{ createdAt: "desc" } | { id: "desc" }>;
  take: number;
  cursor?: { id: string };
  skip?: number;
}

/**
 * One page of rows, newest first, keyset-paginated on (createdAt, id) so pages stay stable while rows arrive.
 * `read` runs the model's findMany with `args` (one row more than the page, to know whether another follows).
 */
export async function readNewestFirstPage<T extends { id: string }>(
  page: { cursor?: string | null; limit: number },
  read: (args: NewestFirstPageArgs) => Promise<T[]>,
): Promise<KeysetPage<T>> {
  const rows = await read({
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: page.limit + 1,
    ...(page.cursor ? { cursor: { id: page.cursor }, skip: 1 } : {}),
  });
  const hasMore = rows.length > page.limit;
  const items = hasMore ? rows.slice(0, page.limit) : rows;
  return { items, nextCursor: hasMore ? (items.at(-1)?.id ?? null) : null };
}
