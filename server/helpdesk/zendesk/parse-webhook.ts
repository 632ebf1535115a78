import "server-only";
import { InboundPayloadError, ZInboundEventSchema, type TInboundEvent, type TInboundRequest } from "../contract";
import { channelOfVia, ratingScoreOf, studioPriorityOf, studioStatusOf } from "./mapping";
import type { TZendeskSettings } from "./settings";
import { ZZendeskWebhookSchema, type TZendeskWebhook } from "./webhook-body";

/**
 * A delivery from one of the studio's Zendesk triggers (body: webhook-body.ts) as the studio's events. Changes the
 * studio's own agent made come back through the same triggers; they are dropped here as well as excluded by the
 * triggers' conditions, so a flow never answers itself.
 */
export function parseZendeskWebhook(req: TInboundRequest, settings: Pick<TZendeskSettings, "agentEmail">): TInboundEvent[] {
  const hook = readBody(req.rawBody);
  const ownAgent = settings.agentEmail.toLowerCase();
  if (hook.current_user.email.toLowerCase() === ownAgent) return [];
  const ticketId = idOf(hook.ticket.id, "ticket.id");
  if (ticketId === null) throw new InboundPayloadError('The delivery has no ticket id ("ticket.id" is empty).');

  const event = eventOf(hook, ticketId, ownAgent);
  return event === null ? [] : [ZInboundEventSchema.parse(event)];
}

function eventOf(hook: TZendeskWebhook, ticketId: string, ownAgent: string): TInboundEvent | null {
  const { ticket, comment, satisfaction } = hook;
  switch (hook.event) {
    case "ticket.created": {
      const requester = idOf(ticket.requester.id, "ticket.requester.id") ?? (ticket.requester.email || null);
      if (requester === null) throw new InboundPayloadError("The new ticket's requester has neither an id nor an email.");
      return {
        type: "ticket.created",
        externalTicketId: ticketId,
        subject: ticket.subject,
        // At creation the latest comment is the customer's first message, without the description's formatting.
        body: comment.body || ticket.description,
        channel: channelOfVia(ticket.via),
        customer: { externalId: requester, email: ticket.requester.email || null, name: ticket.requester.name || null },
        createdAt: dateOf(ticket.created_at),
      };
    }
    case "comment.requester":
    case "comment.agent": {
      if (comment.author.email.toLowerCase() === ownAgent) return null;
      return {
        type: "message.added",
        externalTicketId: ticketId,
        externalMessageId: messageIdOf(hook, ticketId),
        author: hook.event === "comment.requester" ? "customer" : "agent",
        authorName: comment.author.name || null,
        body: comment.body,
        internal: comment.public.toLowerCase() === "false",
      };
    }
    case "ticket.changed":
    case "ticket.solved":
      return {
        type: "ticket.updated",
        externalTicketId: ticketId,
        status: hook.event === "ticket.solved" ? "solved" : studioStatusOf(ticket.status),
        priority: studioPriorityOf(ticket.priority),
        // The placeholders render the ticket's current group and assignee; empty means it has none now.
        remoteGroupId: idOf(ticket.group_id, "ticket.group_id"),
        remoteAssigneeId: idOf(ticket.assignee_id, "ticket.assignee_id"),
      };
    case "ticket.rated": {
      const score = ratingScoreOf(satisfaction.rating);
      if (score === undefined) throw new InboundPayloadError(`The satisfaction rating "${satisfaction.rating.slice(0, 60)}" is neither good, bad nor 1–5.`);
      if (score === null) return null;
      return { type: "ticket.rated", externalTicketId: ticketId, score, comment: satisfaction.comment || null };
    }
  }
}

/**
 * The comment's Zendesk id when the placeholder gave one. Otherwise the ticket id and the comment's timestamp
 * (to the minute, which is all {{ticket.latest_comment.created_at_with_time}} carries): stable across
 * redeliveries of the same comment, at the cost of merging two comments made in the same minute.
 */
function messageIdOf(hook: TZendeskWebhook, ticketId: string): string {
  const id = idOf(hook.comment.id, "comment.id");
  if (id !== null) return id;
  if (hook.comment.created_at) return `${ticketId}@${hook.comment.created_at}`;
  throw new InboundPayloadError("The comment has neither an id nor a time; copy the trigger's body from the studio's set-up guide again.");
}

function readBody(rawBody: string): TZendeskWebhook {
  let json: unknown;
  try {
    json = JSON.parse(rawBody);
  } catch {
    throw new InboundPayloadError("The delivery is not JSON: check the webhook's request format is JSON and the trigger's body was pasted whole.");
  }
  const parsed = ZZendeskWebhookSchema.safeParse(json);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const where = issue.path.length > 0 ? ` (at "${issue.path.join(".")}")` : "";
  throw new InboundPayloadError(`The delivery is not the studio's trigger body${where}: ${issue.message}`);
}

/** Zendesk ids are whole numbers; placeholders render them as text, or empty when unset. */
function idOf(rendered: string, field: string): string | null {
  if (rendered === "") return null;
  if (/^\d+$/.test(rendered)) return rendered;
  if (rendered.includes("{{")) {
    throw new InboundPayloadError(`"${field}" arrived as ${rendered.slice(0, 60)}: Zendesk did not fill in the placeholder. Paste the body into a trigger's "Notify by → Active webhook" action.`);
  }
  throw new InboundPayloadError(`"${field}" should be a Zendesk id (a number), not "${rendered.slice(0, 60)}".`);
}

function dateOf(rendered: string): Date | undefined {
  const at = Date.parse(rendered);
  return Number.isNaN(at) ? undefined : new Date(at);
}
