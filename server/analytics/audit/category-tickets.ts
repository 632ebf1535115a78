import { Prisma, type PrismaClient } from "@prisma/client";
import { z } from "zod";
import { UNCATEGORISED } from "./audit-scope";

export const ZCategoryTicketsInputSchema = z.object({
  category: z.string().min(1),
  /** The id of the last ticket of the previous page. */
  cursor: z.string().min(1).nullish(),
  limit: z.number().int().min(1).max(100).default(25),
});
export type TCategoryTicketsInput = z.infer<typeof ZCategoryTicketsInputSchema>;

/** A category's tickets for the audit page's drill-down, newest first, with the facts the audit looked at. */
export async function listCategoryTickets(prisma: PrismaClient, input: TCategoryTicketsInput) {
  const where: Prisma.TicketWhereInput = input.category === UNCATEGORISED ? { category: null } : { category: input.category };
  const rows = await prisma.ticket.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: input.limit + 1,
    ...(input.cursor ? { cursor: { id: input.cursor }, skip: 1 } : {}),
    select: {
      id: true,
      externalId: true,
      source: true,
      subject: true,
      createdAt: true,
      resolvedAt: true,
      handleTimeSec: true,
      csat: true,
      categorySource: true,
    },
  });
  const items = rows.slice(0, input.limit);
  return { items, nextCursor: rows.length > input.limit ? items.at(-1)!.id : null };
}
