import { webPorts } from "@/composition/web";
import { unlessDatabaseDown } from "@/server/http/database-unavailable";
import { parseJsonBody } from "@/server/http/json-request";
import { createTicket } from "@/server/services/tickets/create-ticket";
import { ZIncomingTicketSchema } from "@/server/services/tickets/incoming-ticket";

export const dynamic = "force-dynamic";

/**
 * Inbound tickets from helpdesks. 201 for a new ticket, 200 for a repeat (nothing started), 400 with field paths,
 * 503 with Retry-After while the database is away (nothing stored). It answers once the ticket and its run's start
 * are committed; the workflow starts right after (run "starting"), or once Temporal is back.
 */
export async function POST(request: Request): Promise<Response> {
  const parsed = await parseJsonBody(request, ZIncomingTicketSchema, "ticket");
  if (!parsed.ok) return Response.json(parsed.body, { status: parsed.status });
  return unlessDatabaseDown(async () => {
    const { prisma, outbox } = webPorts();
    const result = await createTicket(prisma, outbox, parsed.data);
    return Response.json(
      { ticket: { id: result.ticket.id, source: result.ticket.source, externalId: result.ticket.externalId }, created: result.created, run: result.run, notice: result.notice },
      { status: result.created ? 201 : 200 },
    );
  });
}
