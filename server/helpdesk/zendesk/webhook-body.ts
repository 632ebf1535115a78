import "server-only";
import { z } from "zod";

/**
 * The events the studio's Zendesk triggers report, one trigger each. Zendesk triggers cannot say why they fired, so
 * each trigger's body names its event; everything else in the body is the same for all of them.
 */
export const ZENDESK_WEBHOOK_EVENTS = ["ticket.created", "comment.requester", "comment.agent", "ticket.changed", "ticket.solved", "ticket.rated"] as const;
export type TZendeskWebhookEvent = (typeof ZENDESK_WEBHOOK_EVENTS)[number];

/**
 * The JSON body a trigger's "Notify by → Active webhook" action sends, built from Zendesk placeholders. Every
 * placeholder sits inside quotes, so the body stays valid JSON when one renders empty (an unassigned ticket's
 * {{ticket.assignee.id}}) or as a bare word ({{ticket.latest_comment.is_public}} renders true or false).
 *
 * A comment's own id comes from {{ticket.latest_comment.id}}, the id Zendesk gives the comment in its API, so a
 * redelivered comment is recognised as the same message; its timestamp is sent too, for the rare delivery where
 * the id renders empty (see messageIdOf in parse-webhook.ts).
 */
export function zendeskWebhookBody(event: TZendeskWebhookEvent): string {
  const body = {
    event,
    ticket: {
      id: "{{ticket.id}}",
      subject: "{{ticket.title}}",
      description: "{{ticket.description}}",
      status: "{{ticket.status}}",
      priority: "{{ticket.priority}}",
      group_id: "{{ticket.group.id}}",
      assignee_id: "{{ticket.assignee.id}}",
      via: "{{ticket.via}}",
      created_at: "{{ticket.created_at_with_timestamp}}",
      requester: { id: "{{ticket.requester.id}}", email: "{{ticket.requester.email}}", name: "{{ticket.requester.name}}" },
    },
    comment: {
      id: "{{ticket.latest_comment.id}}",
      created_at: "{{ticket.latest_comment.created_at_with_time}}",
      public: "{{ticket.latest_comment.is_public}}",
      body: "{{ticket.latest_comment.value}}",
      author: {
        id: "{{ticket.latest_comment.author.id}}",
        email: "{{ticket.latest_comment.author.email}}",
        name: "{{ticket.latest_comment.author.name}}",
      },
    },
    satisfaction: { rating: "{{satisfaction.current_rating}}", comment: "{{satisfaction.current_comment}}" },
    current_user: { id: "{{current_user.id}}", email: "{{current_user.email}}" },
  };
  return JSON.stringify(body, null, 2);
}

/** Placeholders arrive as text; a missing or null one reads as empty, as Zendesk renders an unset value. */
const text = z
  .union([z.string(), z.number(), z.boolean(), z.null()])
  .optional()
  .transform((value) => (value === undefined || value === null ? "" : String(value).trim()));

const ZPersonSchema = z.object({ id: text, email: text, name: text }).prefault({});

/** A delivered body (placeholders rendered), before the event-specific checks in parse-webhook.ts. */
export const ZZendeskWebhookSchema = z.object({
  event: z.enum(ZENDESK_WEBHOOK_EVENTS, {
    error: `"event" must be one of ${ZENDESK_WEBHOOK_EVENTS.join(", ")}: copy the trigger's body from the studio's set-up guide again`,
  }),
  ticket: z.object({
    id: text,
    subject: text,
    description: text,
    status: text,
    priority: text,
    group_id: text,
    assignee_id: text,
    via: text,
    created_at: text,
    requester: ZPersonSchema,
  }),
  comment: z.object({ id: text, created_at: text, public: text, body: text, author: ZPersonSchema }).prefault({}),
  satisfaction: z.object({ rating: text, comment: text }).prefault({}),
  current_user: ZPersonSchema,
});
export type TZendeskWebhook = z.infer<typeof ZZendeskWebhookSchema>;
