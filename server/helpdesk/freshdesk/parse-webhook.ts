import "server-only";
import { createHash } from "node:crypto";
import { InboundPayloadError, ZInboundEventSchema, type TInboundEvent, type TInboundRequest } from "../contract";
import { studioChannel, studioPriority, studioStatus } from "./codes";
import { htmlToText } from "./html-text";
import { parseFreshdeskTime, ZFreshdeskWebhookSchema, type TFreshdeskWebhook } from "./webhook-body";

function orNull(value: string): string | null {
  return value.trim() === "" ? null : value.trim();
}

/**
 * Freshdesk has no placeholder for a conversation's id, so a message is named by what makes it one: its ticket, the
 * ticket time it arrived at and its text. A redelivery of the same message gets the same id.
 */
function messageId(body: TFreshdeskWebhook): string {
  const digest = createHash("sha256").update(`${body.updated_at}\n${body.latest_public_comment}`).digest("hex");
  return `${body.ticket_id}-${digest.slice(0, 20)}`;
}

function toEvent(body: TFreshdeskWebhook): TInboundEvent {
  const externalTicketId = body.ticket_id;
  switch (body.event) {
    case "ticket_created": {
      const externalId = orNull(body.requester_id) ?? orNull(body.requester_email);
      if (externalId === null) {
        throw new InboundPayloadError('The new ticket has no requester: the body needs "requester_id" or "requester_email".');
      }
      const createdAt = parseFreshdeskTime(body.updated_at);
      return ZInboundEventSchema.parse({
        type: "ticket.created",
        externalTicketId,
        subject: body.subject.trim(),
        body: htmlToText(body.description),
        channel: studioChannel(body.source),
        customer: { externalId, email: orNull(body.requester_email), name: orNull(body.requester_name) },
        createdAt: Number.isNaN(createdAt) ? undefined : new Date(createdAt),
      });
    }
    case "customer_replied":
    case "agent_replied":
      return ZInboundEventSchema.parse({
        type: "message.added",
        externalTicketId,
        externalMessageId: messageId(body),
        author: body.event === "customer_replied" ? "customer" : "agent",
        // Freshdesk names the ticket's requester, not a reply's agent, so only a customer's name is known.
        authorName: body.event === "customer_replied" ? orNull(body.requester_name) : null,
        body: htmlToText(body.latest_public_comment),
        internal: false,
      });
    case "ticket_updated":
      return ZInboundEventSchema.parse({
        type: "ticket.updated",
        externalTicketId,
        status: studioStatus(body.status),
        priority: studioPriority(body.priority),
        remoteGroupId: orNull(body.group_id),
        remoteAssigneeId: orNull(body.agent_id),
      });
    case "satisfaction_rated_1":
    case "satisfaction_rated_2":
    case "satisfaction_rated_3":
    case "satisfaction_rated_4":
    case "satisfaction_rated_5":
      // The survey's comment has no placeholder.
      return ZInboundEventSchema.parse({ type: "ticket.rated", externalTicketId, score: Number(body.event.slice(-1)), comment: null });
  }
}

/** One delivery of a studio rule (see webhook-body.ts) as the studio's events. */
export function parseFreshdeskDelivery(req: TInboundRequest): TInboundEvent[] {
  let json: unknown;
  try {
    json = JSON.parse(req.rawBody);
  } catch {
    throw new InboundPayloadError("The delivery is not JSON: set the rule's webhook content to JSON and paste the body from the set-up steps.");
  }
  const parsed = ZFreshdeskWebhookSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? `"${issue.path.join(".")}"` : "The body";
    throw new InboundPayloadError(`${where}: ${issue?.message ?? "not the studio's Freshdesk webhook body"}. Paste the body from the set-up steps again.`);
  }
  return [toEvent(parsed.data)];
}
