import { webPorts } from "@/composition/web";
import { answerTicketWebhook } from "@/server/http/ticket-webhook";
import { addTicketMessage, TicketNotFoundError } from "@/server/services/tickets/add-ticket-message";
import { ZIncomingMessageSchema } from "@/server/services/tickets/incoming-ticket";

export const dynamic = "force-dynamic";

/**
 * A customer or agent reply on an existing ticket, signed like every ticket webhook (an unsigned agent reply changes
 * nothing); it reaches the ticket's runs as a signal through the outbox, so a reply stored while Temporal is away is
 * heard once it is back. 503 with Retry-After while the database is away.
 */
export async function POST(request: Request, context: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await context.params;
  return answerTicketWebhook(request, { schema: ZIncomingMessageSchema, what: "message", prisma: () => webPorts().prisma }, async (data) => {
    try {
      const { prisma, outbox } = webPorts();
      const result = await addTicketMessage(prisma, outbox, id, data);
      return Response.json({ message: { id: result.message.id }, created: result.created, signal: result.signal }, { status: result.created ? 201 : 200 });
    } catch (err) {
      if (err instanceof TicketNotFoundError) return Response.json({ error: err.message, issues: [] }, { status: 404 });
      throw err;
    }
  });
}
