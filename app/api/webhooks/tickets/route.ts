import { webPorts } from "@/composition/web";
import { answerTicketWebhook } from "@/server/http/ticket-webhook";
import { createTicket } from "@/server/services/tickets/create-ticket";
import { ZIncomingTicketSchema } from "@/server/services/tickets/incoming-ticket";

export const dynamic = "force-dynamic";

/**
 * Inbound tickets from helpdesks, signed with STUDIO_WEBHOOK_SECRET. 201 for a new ticket, 200 for a repeat (nothing
 * started), 400 with field paths, 401 unsigned, stale, wrongly signed or replayed, 413 over the size limit, 503 while
 * no secret is set or (with Retry-After) the database is away. It answers once the ticket and its run's start are
 * committed; the workflow starts right after (run "starting"), or once Temporal is back.
 */
export async function POST(request: Request): Promise<Response> {
  return answerTicketWebhook(request, { schema: ZIncomingTicketSchema, what: "ticket", prisma: () => webPorts().prisma }, async (data) => {
    const { prisma, outbox } = webPorts();
    const result = await createTicket(prisma, outbox, data);
    return Response.json(
      { ticket: { id: result.ticket.id, source: result.ticket.source, externalId: result.ticket.externalId }, created: result.created, run: result.run, notice: result.notice },
      { status: result.created ? 201 : 200 },
    );
  });
}
