import "server-only";
import type { PrismaClient } from "@prisma/client";
import type { TInboundEvent } from "../../helpdesk/contract";
import type { Outbox } from "../outbox/outbox";
import { addTicketMessage } from "../tickets/add-ticket-message";
import { createTicket } from "../tickets/create-ticket";
import type { TIncomingTicket } from "../tickets/incoming-ticket";
import { applyTicketUpdate } from "./apply-ticket-update";

/** What one delivery did, as the webhook answers it: the helpdesk's logs show it, and tests read it. */
export interface InboundSummary {
  events: number;
  ticketsCreated: number;
  /** Tickets, messages and updates the studio already had: nothing new was stored for them. */
  repeats: number;
  messagesAdded: number;
  ticketsUpdated: number;
  ticketsRated: number;
  /** Events about tickets opened before the connection was: the studio has no copy of them, so they are skipped. */
  unknownTickets: number;
}

/** A connected ticket's source: its external id is then the helpdesk's own ticket id, unique per connection. */
export function connectionSource(connectionId: string): string {
  return `conn:${connectionId}`;
}

/**
 * Applies a verified delivery's events in order, each through the same ticket services the studio's own webhook
 * uses, each idempotent, so a delivery applied again (the helpdesk retried after a failure) stores nothing twice.
 * `deliveryKey` names the delivery, so the run hears each of its changes once. A connection that is not `connected`
 * (inbound only) stores its tickets without a connection, so their runs' effects stay in the studio.
 */
export async function applyInboundEvents(
  ports: { prisma: PrismaClient; outbox: Outbox },
  connectionId: string,
  events: readonly TInboundEvent[],
  deliveryKey: string,
  { connected = true }: { connected?: boolean } = {},
): Promise<InboundSummary> {
  const { prisma, outbox } = ports;
  const source = connectionSource(connectionId);
  const summary: InboundSummary = { events: events.length, ticketsCreated: 0, repeats: 0, messagesAdded: 0, ticketsUpdated: 0, ticketsRated: 0, unknownTickets: 0 };
  for (const [index, event] of events.entries()) {
    if (event.type === "ticket.created") {
      const result = await createTicket(prisma, outbox, incomingTicketOf(source, event), connected ? { connectionId } : {});
      if (result.created) summary.ticketsCreated++;
      else summary.repeats++;
      continue;
    }
    const ticket = await prisma.ticket.findUnique({ where: { source_externalId: { source, externalId: event.externalTicketId } }, select: { id: true } });
    if (ticket === null) {
      summary.unknownTickets++;
      continue;
    }
    switch (event.type) {
      case "message.added": {
        const { created } = await addTicketMessage(prisma, outbox, ticket.id, {
          author: event.author,
          authorName: event.authorName ?? null,
          body: event.body,
          internal: event.internal,
          externalId: event.externalMessageId,
          ...(event.createdAt ? { createdAt: event.createdAt.toISOString() } : {}),
        });
        if (created) summary.messagesAdded++;
        else summary.repeats++;
        break;
      }
      case "ticket.updated": {
        const eventKey = `event:${deliveryKey}:${String(index).padStart(3, "0")}`;
        const done = await applyTicketUpdate(prisma, outbox, { ticketId: ticket.id, connectionId, event, eventKey });
        if (done === "updated") summary.ticketsUpdated++;
        else summary.repeats++;
        break;
      }
      case "ticket.rated":
        // The run's ticketUpdated signal carries status, priority, tags and queue, not a rating: the rating is
        // the ticket's, for the CSAT reports.
        await prisma.ticket.update({ where: { id: ticket.id }, data: { csat: event.score } });
        summary.ticketsRated++;
        break;
    }
  }
  return summary;
}

const SUBJECT_MAX = 500;
const BODY_MAX = 50_000;

/** The studio's ticket for a helpdesk's new one. Chat-first helpdesks have no subject: the first line stands in. */
function incomingTicketOf(source: string, event: Extract<TInboundEvent, { type: "ticket.created" }>): TIncomingTicket {
  const body = event.body.trim() === "" ? "(no text)" : event.body.slice(0, BODY_MAX);
  const subject = event.subject.trim() || body.split("\n", 1)[0]!.trim();
  return {
    source,
    externalId: event.externalTicketId,
    subject: subject.slice(0, SUBJECT_MAX),
    body,
    channel: event.channel,
    pageUrl: event.pageUrl ?? null,
    priority: event.priority ?? "normal",
    tags: event.tags ?? [],
    language: event.language ?? null,
    ...(event.createdAt ? { createdAt: event.createdAt.toISOString() } : {}),
    customer: {
      externalId: event.customer.externalId,
      email: event.customer.email ?? null,
      name: event.customer.name ?? null,
      ...(event.customer.plan !== undefined ? { plan: event.customer.plan } : {}),
      ...(event.customer.enterprise !== undefined ? { enterprise: event.customer.enterprise } : {}),
    },
  };
}
