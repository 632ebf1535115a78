import "server-only";
import { Prisma, type PrismaClient } from "@prisma/client";
import { z } from "zod";
import { keysetPageInput, readNewestFirstPage } from "../lib/keyset-page";
import { UNCATEGORISED } from "./audit-scope";

export const ZCategoryTicketsInputSchema = keysetPageInput(25).extend({ category: z.string().min(1) });
export type TCategoryTicketsInput = z.infer<typeof ZCategoryTicketsInputSchema>;

/** A category's tickets for the audit page's drill-down, newest first, with the facts the audit looked at. */
export function listCategoryTickets(prisma: PrismaClient, input: TCategoryTicketsInput) {
  const where: Prisma.TicketWhereInput = input.category === UNCATEGORISED ? { category: null } : { category: input.category };
  return readNewestFirstPage(input, (page) =>
    prisma.ticket.findMany({
      ...page,
      where,
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
    }),
  );
}
