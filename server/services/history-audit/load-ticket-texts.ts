import "server-only";
import type { PrismaClient } from "@prisma/client";
import { ticketsInScope, type AuditScope } from "./audit-scope";

/** What the text side of the audit (categorising, sentiment) needs of each ticket in scope. */
export interface TicketText {
  id: string;
  category: string | null;
  categorySource: string | null;
  sentiment: string | null;
  subject: string;
  body: string;
}

export function loadTicketTexts(prisma: PrismaClient, scope: AuditScope): Promise<TicketText[]> {
  return prisma.$queryRaw<TicketText[]>`
    SELECT t.id, t.category, t."categorySource", t.sentiment, t.subject, t.body
    FROM "Ticket" t
    WHERE ${ticketsInScope(scope)}
    ORDER BY t."createdAt", t.id`;
}
