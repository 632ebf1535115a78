import { webPorts } from "@/composition/web";
import { parseJsonBody } from "@/server/http/json-request";
import { addTicketMessage, TicketNotFoundError } from "@/server/services/tickets/add-ticket-message";
import { ZIncomingMessageSchema } from "@/server/services/tickets/incoming-ticket";

export const dynamic = "force-dynamic";

/** A customer or agent reply on an existing ticket; it reaches the ticket's live run as a signal. */
export async function POST(request: Request, context: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await context.params;
  const parsed = await parseJsonBody(request, ZIncomingMessageSchema, "message");
  if (!parsed.ok) return Response.json(parsed.body, { status: parsed.status });
  try {
    const { prisma, flowStarter } = webPorts();
    const result = await addTicketMessage(prisma, flowStarter, id, parsed.data);
    return Response.json({ message: { id: result.message.id }, created: result.created, signal: result.signal }, { status: result.created ? 201 : 200 });
  } catch (err) {
    if (err instanceof TicketNotFoundError) return Response.json({ error: err.message, issues: [] }, { status: 404 });
    throw err;
  }
}
