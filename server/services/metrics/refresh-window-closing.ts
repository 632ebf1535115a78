import "server-only";
import type { PrismaClient } from "@prisma/client";
import { readRepeatContactDays } from "./refresh-context";

/**
 * Marks for recounting the tickets whose repeat-contact window closed since they were last counted: an automated
 * resolution stops being provisional then, and an AI answer's outcome becomes evidence of its accuracy. Only
 * tickets those two can change are marked (resolved with no agent reply, or answered by the AI). Needs no memory of
 * the last sweep: a ticket counted before its window closed says so by its fact's computedAt. Returns how many.
 */
export async function markWindowClosing(prisma: PrismaClient, now: Date = new Date(), windowDays?: number): Promise<number> {
  const days = windowDays ?? (await readRepeatContactDays(prisma));
  return prisma.$executeRaw`
    INSERT INTO "MetricDirtyTicket" ("ticketId")
    SELECT f."ticketId" FROM "MetricTicketFact" f JOIN "Ticket" t ON t.id = f."ticketId"
    WHERE t."resolvedAt" IS NOT NULL
      AND t."resolvedAt" + make_interval(days => ${days}::int) <= ${now}
      AND f."computedAt" < t."resolvedAt" + make_interval(days => ${days}::int)
      AND (f."handling" IN ('automated', 'came-back')
        OR EXISTS (SELECT 1 FROM "Message" m WHERE m."ticketId" = t.id AND m.author = 'ai' AND NOT m.internal))
    ON CONFLICT ("ticketId") DO NOTHING`;
}
