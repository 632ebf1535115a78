import { webPorts } from "@/composition/web";
import { unlessDatabaseDown } from "@/server/http/database-unavailable";
import { readInboundRequest } from "@/server/http/inbound-request";
import { receiveWebhook } from "@/server/services/connections/receive-webhook";

export const dynamic = "force-dynamic";

/**
 * A helpdesk connection's webhook (Zendesk, Intercom, Freshdesk): 200 with what the delivery did; 401 for a bad
 * signature or a replay, 404 for an unknown or turned-off connection, 413 for an oversized body, 422 for one the
 * connector cannot read, 503 with Retry-After while the database is away (helpdesks deliver again).
 */
export async function POST(request: Request, context: { params: Promise<{ connectionId: string }> }): Promise<Response> {
  const { connectionId } = await context.params;
  const inbound = await readInboundRequest(request);
  if (!inbound.ok) return Response.json({ error: inbound.error }, { status: inbound.status });
  return unlessDatabaseDown(async () => {
    const answer = await receiveWebhook(webPorts(), connectionId, inbound.request);
    return Response.json(answer.body, { status: answer.status });
  });
}
