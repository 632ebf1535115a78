import { webPorts } from "@/composition/web";
import { answerTicketWebhook } from "@/server/http/ticket-webhook";
import { TicketNotFoundError } from "@/server/services/tickets/add-ticket-message";
import { ZIncomingRatingSchema } from "@/server/services/tickets/incoming-ticket";
import { rateTicket } from "@/server/services/tickets/rate-ticket";

export const dynamic = "force-dynamic";

/**
 * The customer's answer to a satisfaction survey, signed like every ticket webhook: 201 when recorded, 200 when the
 * ticket was rated before (kept).
 */
export async function POST(request: Request, context: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await context.params;
  return answerTicketWebhook(request, { schema: ZIncomingRatingSchema, what: "rating", prisma: () => webPorts().prisma }, async (data) => {
    try {
      const result = await rateTicket(webPorts().prisma, id, data);
      return Response.json(result, { status: result.rated ? 201 : 200 });
    } catch (err) {
      if (err instanceof TicketNotFoundError) return Response.json({ error: err.message, issues: [] }, { status: 404 });
      throw err;
    }
  });
}
