import "server-only";
import type { Customer, PrismaClient, Ticket } from "@prisma/client";
import type { TTicketSnapshot } from "../../../workflows/model/ticket";
import type { TTierMapSnapshot } from "../../../workflows/model/tier-map";

const DAY_MS = 86_400_000;

/** Tickets from the same customer in the 24 hours up to this one, this one included. */
export async function contactsInLast24h(prisma: PrismaClient, customerId: string, at: Date): Promise<number> {
  return prisma.ticket.count({ where: { customerId, createdAt: { gt: new Date(at.getTime() - DAY_MS), lte: at } } });
}

/**
 * The interpreter's view of a stored ticket; the live workflow and the backtester both start from it.
 * `tierMap` is the workspace's map when the run starts, so the run keeps deciding by it even if ops save a new one.
 */
/** What a snapshot is made of: a stored ticket and its customer, or just the columns a query picked of them. */
export type TSnapshotSource = Pick<
  Ticket,
  "id" | "source" | "externalId" | "subject" | "body" | "channel" | "pageUrl" | "status" | "priority" | "tags" | "language" | "createdAt"
> & { customer: Pick<Customer, "id" | "name" | "plan" | "enterprise"> };

export function ticketSnapshotOf(
  ticket: TSnapshotSource,
  contactsLast24h: number,
  queueName: string | null = null,
  tierMap: TTierMapSnapshot | null = null,
): TTicketSnapshot {
  return {
    id: ticket.id,
    source: ticket.source,
    externalId: ticket.externalId,
    subject: ticket.subject,
    body: ticket.body,
    channel: ticket.channel,
    pageUrl: ticket.pageUrl,
    status: ticket.status,
    priority: ticket.priority,
    tags: ticket.tags,
    language: ticket.language,
    queue: queueName,
    createdAt: ticket.createdAt.toISOString(),
    customer: {
      id: ticket.customer.id,
      name: ticket.customer.name,
      plan: ticket.customer.plan,
      enterprise: ticket.customer.enterprise,
      contactsLast24h,
    },
    tierMap,
  };
}
