import "server-only";
import { Prisma, type PrismaClient } from "@prisma/client";
import type { TTicketSelection } from "../ticket-selection";

/** The WHERE clause of a selection over `"Ticket" t` (sampling aside), shared by the selection and its count. */
function selectionFilter(selection: TTicketSelection): Prisma.Sql {
  const where: Prisma.Sql[] = [Prisma.sql`TRUE`];
  if (selection.from !== undefined) where.push(Prisma.sql`t."createdAt" >= ${new Date(selection.from)}`);
  if (selection.to !== undefined) where.push(Prisma.sql`t."createdAt" < ${new Date(selection.to)}`);
  if (selection.categories?.length) where.push(Prisma.sql`t.category = ANY(${selection.categories}::text[])`);
  if (selection.sources?.length) where.push(Prisma.sql`t.source = ANY(${selection.sources}::text[])`);
  if (selection.queues?.length) {
    where.push(Prisma.sql`t."queueId" IN (SELECT q.id FROM "Queue" q WHERE q.name = ANY(${selection.queues}::text[]))`);
  }
  return Prisma.join(where, " AND ");
}

/**
 * The ids of the selected tickets in creation order (ties by id), so chunks and reruns see the same order.
 * One SQL query: it runs over a million rows.
 */
export async function selectTicketIds(prisma: PrismaClient, selection: TTicketSelection): Promise<string[]> {
  const filter = selectionFilter(selection);
  const rows =
    selection.sampleSize === undefined
      ? await prisma.$queryRaw<Array<{ id: string }>>`SELECT t.id FROM "Ticket" t WHERE ${filter} ORDER BY t."createdAt", t.id`
      : // A hash of id and seed orders the tickets pseudo-randomly but reproducibly: the same seed, the same sample.
        await prisma.$queryRaw<Array<{ id: string }>>`
          SELECT s.id FROM (
            SELECT t.id, t."createdAt" FROM "Ticket" t WHERE ${filter}
            ORDER BY md5(t.id || ${String(selection.seed)}) LIMIT ${selection.sampleSize}
          ) s ORDER BY s."createdAt", s.id`;
  return rows.map((r) => r.id);
}

/** How many tickets the selection matches, and how many of them a backtest replays (its sample, when smaller). */
export async function countSelectedTickets(prisma: PrismaClient, selection: TTicketSelection): Promise<{ matching: number; replayed: number }> {
  const [row] = await prisma.$queryRaw<Array<{ matching: number }>>`SELECT count(*)::int AS matching FROM "Ticket" t WHERE ${selectionFilter(selection)}`;
  const matching = row?.matching ?? 0;
  return { matching, replayed: selection.sampleSize === undefined ? matching : Math.min(matching, selection.sampleSize) };
}
