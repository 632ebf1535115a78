import { webPorts } from "@/composition/web";
import { unlessDatabaseDown } from "@/server/http/database-unavailable";
import { readInboundRequest } from "@/server/http/inbound-request";
import { INTERNAL_ERROR } from "@/server/http/ticket-webhook";
import { receiveWebhook } from "@/server/services/connections/receive-webhook";

export const dynamic = "force-dynamic";

/**
 * A helpdesk connection's webhook (Zendesk, Intercom, Freshdesk): 200 with what the delivery did; 401 for a bad
 * signature or a replay, 404 for an unknown or turned-off connection, 413 for an oversized body, 422 for one the
 * connector cannot read, 503 with Retry-After while the database is away (helpdesks deliver again). A failure on the
 * studio's side is a plain 500: its details go to the server's log and the connection's status, never to the caller.
 */
export async function POST(request: Request, context: { params: Promise<{ connectionId: string }> }): Promise<Response> {
  const { connectionId } = await context.params;
  try {
    const inbound = await readInboundRequest(request);
    if (!inbound.ok) return Response.json({ error: inbound.error }, { status: inbound.status });
    return await unlessDatabaseDown(async () => {
      const answer = await receiveWebhook(webPorts(), connectionId, inbound.request);
      if (answer.status !== 500) return Response.json(answer.body, { status: answer.status });
      console.error(`[webhooks] helpdesk connection ${connectionId}: ${answer.body.error}`);
      return Response.json({ error: INTERNAL_ERROR }, { status: 500 });
    });
  } catch (err) {
    console.error(`[webhooks] helpdesk connection ${connectionId} failed:`, err);
    return Response.json({ error: INTERNAL_ERROR }, { status: 500 });
  }
}
