import "server-only";
import {
  asArray,
  asObject,
  dateInput,
  idOf,
  optionalDate,
  optionalId,
  optionalText,
  stringList,
  text,
  type JsonObject,
} from "../import-streams/import-values";
import type { MappedRecord } from "../import-streams/record-item";
import { stripHtml } from "../import-streams/strip-html";
import { freshdeskChannel, freshdeskCsat, freshdeskPriority, freshdeskStatus } from "./freshdesk-fields";

/**
 * One Freshdesk ticket (GET /api/v2/tickets/{id}?include=requester,stats,conversations, or the list with the
 * conversations added per ticket). The description is the customer's first message; conversations follow it.
 */
export function mapFreshdeskTicket(t: JsonObject): MappedRecord {
  const requester = asObject(t.requester);
  const requesterId = optionalId(requester?.id) ?? optionalId(t.requester_id);
  const stats = asObject(t.stats) ?? {};
  const createdAt = dateInput(t.created_at);
  const body = optionalText(t.description_text) ?? stripHtml(text(t.description));
  const messages: unknown[] = body ? [{ externalId: "description", author: "customer", body, createdAt }] : [];
  let firstAgentReply: unknown = null;
  asArray(t.conversations).forEach((raw, index) => {
    const c = asObject(raw);
    const reply = optionalText(c?.body_text) ?? stripHtml(text(c?.body));
    if (!c || !reply) return;
    const fromCustomer = c.incoming === true || (requesterId !== null && optionalId(c.user_id) === requesterId);
    const internal = c.private === true;
    if (!fromCustomer && !internal && firstAgentReply === null) firstAgentReply = dateInput(c.created_at);
    messages.push({
      externalId: optionalId(c.id) ?? `c${index + 1}`,
      author: fromCustomer ? "customer" : "agent",
      body: reply,
      internal,
      createdAt: dateInput(c.created_at) ?? createdAt,
    });
  });
  const rating = asObject(asObject(t.satisfaction_rating)?.ratings)?.default_question;

  const input = {
    externalId: idOf(t.id),
    subject: text(t.subject),
    body,
    channel: freshdeskChannel(t.source),
    status: freshdeskStatus(t.status),
    priority: freshdeskPriority(t.priority),
    createdAt,
    firstResponseAt: optionalDate(stats.first_responded_at) ?? firstAgentReply,
    resolvedAt: optionalDate(stats.resolved_at ?? stats.closed_at),
    csat: freshdeskCsat(rating),
    category: optionalText(t.type),
    queue: optionalText(t.group_name) ?? optionalText(asObject(t.group)?.name) ?? optionalId(t.group_id),
    assignee: optionalText(t.responder_name) ?? optionalText(asObject(t.responder)?.name) ?? optionalId(t.responder_id),
    tags: stringList(t.tags),
    // Freshdesk keeps only the last reopening time, so a reopened ticket counts one reopen.
    reopens: optionalText(stats.reopened_at) ? 1 : 0,
    customFields: customFields(t.custom_fields),
    customer: {
      externalId: requesterId ?? "",
      name: optionalText(requester?.name),
      email: optionalText(requester?.email),
    },
    messages,
  };
  return { input };
}

function customFields(value: unknown): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(asObject(value) ?? {})) if (v !== null && v !== "") out[key] = v;
  return out;
}
