import "server-only";
import type { PrismaClient } from "@prisma/client";
import type { TLookupContext } from "./lookup-types";

/** What a ticket's lookups and answer templates can name, read from the database; null when there is no such ticket. */
export async function lookupContextOf(prisma: PrismaClient, ticketId: string): Promise<TLookupContext | null> {
  const ticket = await prisma.ticket.findUnique({
    where: { id: ticketId },
    select: {
      externalId: true,
      subject: true,
      body: true,
      pageUrl: true,
      customFields: true,
      customer: { select: { externalId: true, email: true, name: true, plan: true } },
      messages: { where: { author: "customer", internal: false }, orderBy: { createdAt: "desc" }, take: 1, select: { body: true } },
    },
  });
  if (ticket === null) return null;
  const customFields = ticket.customFields !== null && typeof ticket.customFields === "object" && !Array.isArray(ticket.customFields) ? (ticket.customFields as Record<string, unknown>) : {};
  return {
    ticket: {
      externalId: ticket.externalId,
      subject: ticket.subject,
      body: ticket.body,
      latestMessage: ticket.messages[0]?.body ?? ticket.body,
      pageUrl: ticket.pageUrl,
      customFields,
    },
    customer: { externalId: ticket.customer.externalId, email: ticket.customer.email, name: ticket.customer.name, plan: ticket.customer.plan },
  };
}
