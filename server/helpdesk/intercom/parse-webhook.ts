import "server-only";
import type { z } from "zod";
import type { CHANNELS } from "../../../workflows/model/fields";
import { stripHtml } from "../../connectors/import-streams/strip-html";
import { intercomChannel } from "../../connectors/intercom/map-intercom-conversation";
import { InboundPayloadError, ZInboundEventSchema, type TInboundEvent, type TInboundRequest } from "../contract";
import { STATUS_BY_TOPIC } from "./map-status";
import type { TIntercomSettings } from "./settings";
import {
  ZIntercomConversationSchema,
  ZIntercomNotificationSchema,
  type TIntercomConversation,
  type TIntercomNotification,
  type TIntercomPart,
} from "./webhook-payload";

type TChannel = (typeof CHANNELS)[number];
const CUSTOMER_TYPES = new Set(["user", "lead", "contact"]);

/** The topics the studio reads; any other topic (ping, or one ticked by mistake) is acknowledged and ignored. */
export const INTERCOM_TOPICS = [
  "conversation.user.created",
  "conversation.user.replied",
  "conversation.admin.replied",
  "conversation.admin.noted",
  "conversation.admin.assigned",
  "conversation.admin.closed",
  "conversation.admin.snoozed",
  "conversation.admin.opened",
  "conversation.rating.added",
] as const;

export function parseIntercomWebhook(req: TInboundRequest, settings: TIntercomSettings): TInboundEvent[] {
  const notification = readNotification(req.rawBody);
  if (!(INTERCOM_TOPICS as readonly string[]).includes(notification.topic)) return [];
  const parsed = ZIntercomConversationSchema.safeParse(notification.data.item);
  if (!parsed.success) throw new InboundPayloadError(`Intercom's ${notification.topic} notification has no readable conversation: ${firstIssue(parsed.error)}`);
  return eventsFor(notification, parsed.data, settings).map((event) => {
    const checked = ZInboundEventSchema.safeParse(event);
    if (!checked.success) throw new InboundPayloadError(`Intercom's ${notification.topic} notification is missing a field the studio needs: ${firstIssue(checked.error)}`);
    return checked.data;
  });
}

function eventsFor(n: TIntercomNotification, c: TIntercomConversation, settings: TIntercomSettings): TInboundEvent[] {
  const parts = c.conversation_parts?.conversation_parts ?? [];
  const isOurs = (p: TIntercomPart) => p.author?.type === "admin" && (settings.adminId !== undefined ? p.author.id === settings.adminId : Boolean(p.app_package_code));
  const theirs = parts.filter((p) => !isOurs(p));
  switch (n.topic) {
    case "conversation.user.created":
      return [ticketCreated(c)];
    case "conversation.user.replied":
      return theirs.filter((p) => CUSTOMER_TYPES.has(p.author?.type ?? "")).flatMap((p) => message(c, p, "customer", false));
    case "conversation.admin.replied":
      return theirs.filter((p) => !CUSTOMER_TYPES.has(p.author?.type ?? "") && p.part_type !== "note").flatMap((p) => message(c, p, "agent", false));
    case "conversation.admin.noted":
      return theirs.filter((p) => p.part_type === "note").flatMap((p) => message(c, p, "agent", true));
    case "conversation.admin.assigned":
      if (parts.length > 0 && theirs.length === 0) return [];
      return [{ type: "ticket.updated", externalTicketId: c.id, remoteGroupId: assignee(c.team_assignee_id), remoteAssigneeId: assignee(c.admin_assignee_id) }];
    case "conversation.rating.added": {
      const rating = c.conversation_rating?.rating;
      if (typeof rating !== "number" || !Number.isInteger(rating) || rating < 1 || rating > 5) {
        throw new InboundPayloadError("Intercom's rating notification has no rating from 1 to 5 (conversation_rating.rating)");
      }
      return [{ type: "ticket.rated", externalTicketId: c.id, score: rating, comment: textOf(c.conversation_rating?.remark) || null }];
    }
    default: {
      const status = STATUS_BY_TOPIC[n.topic];
      if (status === undefined || (parts.length > 0 && theirs.length === 0)) return [];
      return [{ type: "ticket.updated", externalTicketId: c.id, status }];
    }
  }
}

function ticketCreated(c: TIntercomConversation): TInboundEvent {
  const source = c.source;
  const author = source?.author && CUSTOMER_TYPES.has(source.author.type ?? "") ? source.author : null;
  const customerId = author?.id ?? c.contacts?.contacts[0]?.id;
  if (!customerId) throw new InboundPayloadError("Intercom's new conversation names no customer (source.author or contacts)");
  return {
    type: "ticket.created",
    externalTicketId: c.id,
    subject: textOf(source?.subject) || textOf(c.title),
    body: textOf(source?.body),
    channel: channelOf(source?.type),
    pageUrl: source?.url ?? null,
    customer: { externalId: customerId, email: author?.email ?? null, name: author?.name ?? null },
    createdAt: typeof c.created_at === "number" ? new Date(c.created_at * 1000) : undefined,
  };
}

function message(c: TIntercomConversation, p: TIntercomPart, author: "customer" | "agent", internal: boolean): TInboundEvent[] {
  const attached = (p.attachments ?? []).map((a) => a.name ?? a.url).filter((name): name is string => Boolean(name));
  const body = [textOf(p.body), ...attached.map((name) => `[attachment: ${name}]`)].filter(Boolean).join("\n");
  // Assignment or state parts without a message carry nothing to read.
  if (body === "") return [];
  return [{ type: "message.added", externalTicketId: c.id, externalMessageId: p.id, author, authorName: p.author?.name ?? null, body, internal }];
}

/** The source's type names the channel; Messenger ("conversation") and anything unnamed is chat. */
function channelOf(sourceType: string | null | undefined): TChannel {
  return intercomChannel(sourceType) ?? "chat";
}

/** Intercom writes 0 or null for "nobody". */
function assignee(id: string | null | undefined): string | null {
  return id === undefined || id === null || id === "0" || id === "" ? null : id;
}

function textOf(html: string | null | undefined): string {
  return html ? stripHtml(html) : "";
}

function readNotification(raw: string): TIntercomNotification {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    throw new InboundPayloadError("The delivery is not JSON, so it is not an Intercom notification");
  }
  const parsed = ZIntercomNotificationSchema.safeParse(json);
  if (!parsed.success) throw new InboundPayloadError(`The delivery is not an Intercom notification: ${firstIssue(parsed.error)}`);
  return parsed.data;
}

function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  return issue ? `${issue.path.join(".") || "body"}: ${issue.message}` : "unreadable";
}
