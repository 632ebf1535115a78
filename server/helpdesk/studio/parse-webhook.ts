import "server-only";
import { InboundPayloadError, type TInboundEvent, type TInboundRequest } from "../contract";
import { STUDIO_INBOUND_TYPES, studioBodySchema, type TStudioInboundBody } from "./inbound-body";

function toEvents(body: TStudioInboundBody): TInboundEvent[] {
  if (body.type === "message.added") {
    return [
      {
        type: "message.added",
        externalTicketId: body.ticketExternalId,
        externalMessageId: body.externalId,
        author: body.author,
        authorName: body.authorName ?? null,
        body: body.body,
        internal: body.internal ?? false,
        ...(body.createdAt ? { createdAt: new Date(body.createdAt) } : {}),
      },
    ];
  }
  if (body.type === "ticket.updated") {
    const events: TInboundEvent[] = [];
    if (body.status !== undefined || body.priority !== undefined) {
      events.push({
        type: "ticket.updated",
        externalTicketId: body.ticketExternalId,
        ...(body.status !== undefined ? { status: body.status } : {}),
        ...(body.priority !== undefined ? { priority: body.priority } : {}),
      });
    }
    if (body.csat !== undefined) events.push({ type: "ticket.rated", externalTicketId: body.ticketExternalId, score: body.csat, comment: body.csatComment ?? null });
    return events;
  }
  return [
    {
      type: "ticket.created",
      externalTicketId: body.externalId,
      subject: body.subject,
      body: body.body,
      channel: body.channel,
      pageUrl: body.pageUrl ?? null,
      priority: body.priority,
      tags: body.tags,
      language: body.language ?? null,
      customer: {
        externalId: body.customer.externalId,
        email: body.customer.email ?? null,
        name: body.customer.name ?? null,
        ...(body.customer.plan !== undefined ? { plan: body.customer.plan } : {}),
        ...(body.customer.enterprise !== undefined ? { enterprise: body.customer.enterprise } : {}),
      },
      ...(body.createdAt ? { createdAt: new Date(body.createdAt) } : {}),
    },
  ];
}

/** One signed delivery from the sender's own system as the studio's events; every refusal names the field. */
export function parseStudioDelivery(req: TInboundRequest): TInboundEvent[] {
  let json: unknown;
  try {
    json = JSON.parse(req.rawBody);
  } catch {
    throw new InboundPayloadError("The body is not JSON: send one JSON object a request, with Content-Type: application/json.");
  }
  if (json === null || typeof json !== "object" || Array.isArray(json)) {
    throw new InboundPayloadError("The body must be one JSON object (one event a request).");
  }
  const type = (json as { type?: unknown }).type;
  const schema = studioBodySchema(type);
  if (schema === null) {
    throw new InboundPayloadError(`"type": "${String(type).slice(0, 60)}" is not an event the studio takes; use one of ${STUDIO_INBOUND_TYPES.join(", ")}.`);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.length > 0 ? `"${i.path.join(".")}"` : "The body"}: ${i.message}`);
    throw new InboundPayloadError(issues.join("; "));
  }
  return toEvents(parsed.data);
}
