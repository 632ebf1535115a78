import "server-only";
import { z } from "zod";

/**
 * The one body every Freshdesk rule of the studio sends. Freshdesk's "Trigger webhook" action has no fixed payload: the
 * studio writes the JSON from Freshdesk placeholders, and only `event` differs between the rules. Every placeholder
 * renders as text (an empty string when the ticket has no value), so every field is read as a string.
 */
export const FRESHDESK_EVENTS = [
  "ticket_created",
  "customer_replied",
  "agent_replied",
  "ticket_updated",
  // Freshdesk has no placeholder for a survey answer, so each answer gets its own rule and names its score (1–5) here.
  "satisfaction_rated_1",
  "satisfaction_rated_2",
  "satisfaction_rated_3",
  "satisfaction_rated_4",
  "satisfaction_rated_5",
] as const;
export type TFreshdeskEvent = (typeof FRESHDESK_EVENTS)[number];

const text = z
  .union([z.string(), z.number()])
  .nullish()
  .transform((v) => (v === undefined || v === null ? "" : String(v)));

export const ZFreshdeskWebhookSchema = z.object({
  event: z.enum(FRESHDESK_EVENTS, { error: `must be one of ${FRESHDESK_EVENTS.join(", ")}` }),
  ticket_id: z
    .union([z.string(), z.number()])
    .transform((v) => String(v).trim())
    .pipe(z.string().regex(/^\d+$/, "must be the ticket's number, {{ticket.id}}")),
  /** When Freshdesk last changed the ticket: what makes a stale or replayed delivery recognisable. */
  updated_at: z.string().min(1, "the ticket's updated time is missing"),
  subject: text,
  description: text,
  latest_public_comment: text,
  status: text,
  priority: text,
  source: text,
  group_id: text,
  agent_id: text,
  requester_id: text,
  requester_email: text,
  requester_name: text,
});
export type TFreshdeskWebhook = z.output<typeof ZFreshdeskWebhookSchema>;

/**
 * The placeholders, in the order Freshdesk renders them. `{{ticket.modified_on}}`, `{{ticket.status_id}}`,
 * `{{ticket.priority_id}}`, `{{ticket.group_id}}` and `{{ticket.agent.id}}` are ticket attributes Freshdesk's rule
 * templates expose besides the "Insert placeholder" menu; codes and ids are what the studio's mappings need.
 */
const PLACEHOLDERS: Record<Exclude<keyof TFreshdeskWebhook, "event">, string> = {
  ticket_id: "{{ticket.id}}",
  updated_at: "{{ticket.modified_on}}",
  subject: "{{ticket.subject}}",
  description: "{{ticket.description}}",
  latest_public_comment: "{{ticket.latest_public_comment}}",
  status: "{{ticket.status_id}}",
  priority: "{{ticket.priority_id}}",
  source: "{{ticket.source}}",
  group_id: "{{ticket.group_id}}",
  agent_id: "{{ticket.agent.id}}",
  requester_id: "{{ticket.requester.id}}",
  requester_email: "{{ticket.requester.email}}",
  requester_name: "{{ticket.requester.name}}",
};

/** The exact JSON to paste into a rule's webhook; the rules differ only in `event`. */
export function freshdeskWebhookTemplate(event: TFreshdeskEvent = "ticket_created"): string {
  return JSON.stringify({ event, ...PLACEHOLDERS }, null, 2);
}

/**
 * A rendered `{{ticket.modified_on}}`: Freshdesk prints a time as "2026-12-06 14:03:11 UTC" or with an offset
 * ("2026-12-06 19:33:11 +0530"); ISO 8601 is read too. NaN when it is none of these.
 */
export function parseFreshdeskTime(value: string): number {
  const v = value.trim();
  const m = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}:\d{2}(?:\.\d+)?)\s*(UTC|GMT|Z|[+-]\d{2}:?\d{2})?$/i.exec(v);
  if (m) {
    const zone = m[3] === undefined || /^(utc|gmt|z)$/i.test(m[3]) ? "Z" : m[3].replace(/^([+-]\d{2})(\d{2})$/, "$1:$2");
    return Date.parse(`${m[1]}T${m[2]}${zone}`);
  }
  return /\d{4}/.test(v) ? Date.parse(v) : Number.NaN;
}
