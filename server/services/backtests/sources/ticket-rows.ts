import "server-only";
import { Prisma, type Channel, type PrismaClient, type Ticket, type TicketPriority } from "@prisma/client";
import type { TSnapshotSource } from "../../tickets/ticket-snapshot";

/**
 * A stored ticket with what a replay needs of it: its snapshot's columns, its customer, queue and recorded outcome.
 * Not its status: a replay starts every ticket as it arrived, whatever became of it.
 */
export type StoredTicket = Omit<TSnapshotSource, "status"> &
  Pick<Ticket, "body" | "category" | "tier" | "escalated" | "firstResponseAt" | "resolvedAt" | "handleTimeSec" | "csat"> & { queue: { name: string } | null };

interface TicketRow {
  id: string;
  source: string;
  externalId: string;
  subject: string;
  body: string;
  channel: Channel;
  pageUrl: string | null;
  language: string | null;
  priority: TicketPriority;
  tags: string[];
  createdAt: Date;
  category: string | null;
  tier: number | null;
  escalated: boolean;
  firstResponseAt: Date | null;
  resolvedAt: Date | null;
  handleTimeSec: number | null;
  csat: number | null;
  customerId: string;
  customerName: string | null;
  customerPlan: string;
  customerEnterprise: boolean;
  queueName: string | null;
  contactsLast24h: number;
}

/**
 * The tickets with these ids (in no particular order), each with its customer, queue name and the same count as
 * the live path's `contactsInLast24h` (tickets of the customer in the 24 hours up to this one, this one included).
 * One query for the batch, of only the columns a replay reads: Prisma's `findMany` with the relations included
 * costs about twice as much per ticket (measured on the demo history), most of it spent on columns never read.
 */
export async function loadTicketRows(prisma: PrismaClient, ids: string[]): Promise<Array<{ ticket: StoredTicket; contactsLast24h: number }>> {
  const rows = await prisma.$queryRaw<TicketRow[]>(Prisma.sql`
    SELECT t.id, t.source, t."externalId", t.subject, t.body, t.channel::text AS channel, t."pageUrl", t.language, t.priority::text AS priority, t.tags,
           t."createdAt", t.category, t.tier, t.escalated, t."firstResponseAt", t."resolvedAt", t."handleTimeSec", t.csat,
           c.id AS "customerId", c.name AS "customerName", c.plan AS "customerPlan", c.enterprise AS "customerEnterprise",
           q.name AS "queueName",
           (SELECT count(*)::int FROM "Ticket" o
             WHERE o."customerId" = t."customerId" AND o."createdAt" > t."createdAt" - interval '24 hours' AND o."createdAt" <= t."createdAt"
           ) AS "contactsLast24h"
    FROM "Ticket" t
    JOIN "Customer" c ON c.id = t."customerId"
    LEFT JOIN "Queue" q ON q.id = t."queueId"
    WHERE t.id = ANY(${ids}::text[])`);
  return rows.map((r) => ({ ticket: storedTicketOf(r), contactsLast24h: r.contactsLast24h }));
}

function storedTicketOf(r: TicketRow): StoredTicket {
  return {
    id: r.id,
    source: r.source,
    externalId: r.externalId,
    subject: r.subject,
    body: r.body,
    channel: r.channel,
    pageUrl: r.pageUrl,
    priority: r.priority,
    tags: r.tags,
    language: r.language,
    createdAt: r.createdAt,
    customer: { id: r.customerId, name: r.customerName, plan: r.customerPlan, enterprise: r.customerEnterprise },
    category: r.category,
    tier: r.tier,
    escalated: r.escalated,
    firstResponseAt: r.firstResponseAt,
    resolvedAt: r.resolvedAt,
    handleTimeSec: r.handleTimeSec,
    csat: r.csat,
    queue: r.queueName === null ? null : { name: r.queueName },
  };
}
