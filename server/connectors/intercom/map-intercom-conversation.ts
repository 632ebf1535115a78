import "server-only";
import type { CHANNELS } from "../../../workflows/model/fields";
import {
  asArray,
  asObject,
  countOf,
  idOf,
  optionalId,
  optionalText,
  text,
  unixSeconds,
  type JsonObject,
} from "../import-streams/import-values";
import type { MappedRecord } from "../import-streams/record-item";
import { stripHtml } from "../import-streams/strip-html";

type Channel = (typeof CHANNELS)[number];
const CUSTOMER_TYPES = new Set(["user", "lead", "contact"]);
/** Part types that carry a message; the rest (close, open, snoozed, assignment without text…) are events. */
const MESSAGE_PARTS = new Set(["comment", "note", "assignment", "open", "close", "quick_reply"]);

/** The channel an Intercom conversation came through, from its source type; undefined when the type names none. */
export function intercomChannel(sourceType: unknown): Channel | undefined {
  switch (sourceType) {
    case "conversation":
    case "chat":
      return "chat";
    case "email":
      return "email";
    case "phone_call":
    case "phone_switch":
      return "phone";
    case "facebook":
    case "instagram":
    case "twitter":
    case "whatsapp":
      return "social";
    default:
      return undefined;
  }
}

/**
 * One Intercom conversation (GET /conversations/{id}, API 2.x). Times are unix seconds, bodies HTML. The source
 * is the first message; conversation parts with text follow (notes are internal). The team assignee is the queue.
 */
export function mapIntercomConversation(c: JsonObject): MappedRecord {
  const source = asObject(c.source) ?? {};
  const author = asObject(source.author);
  const contact = asObject(asArray(asObject(c.contacts)?.contacts)[0]);
  const customerId = optionalId(contact?.id) ?? (CUSTOMER_TYPES.has(text(author?.type)) ? optionalId(author?.id) : null);
  const stats = asObject(c.statistics) ?? {};
  const createdAt = unixSeconds(c.created_at);
  const body = stripHtml(text(source.body));
  const sourceFromCustomer = author === undefined || CUSTOMER_TYPES.has(text(author.type));
  const messages: unknown[] = body
    ? [{ externalId: optionalId(source.id) ?? "source", author: sourceFromCustomer ? "customer" : "agent", authorName: optionalText(author?.name), body, createdAt }]
    : [];
  const adminNames = new Map<string, string>();
  let firstAdminReply: unknown = null;
  asArray(asObject(c.conversation_parts)?.conversation_parts).forEach((raw, index) => {
    const p = asObject(raw);
    const partAuthor = asObject(p?.author);
    const name = optionalText(partAuthor?.name);
    if (partAuthor?.type === "admin" && name) adminNames.set(optionalId(partAuthor.id) ?? "", name);
    const partBody = stripHtml(text(p?.body));
    if (!p || !partBody || !MESSAGE_PARTS.has(text(p.part_type))) return;
    const internal = p.part_type === "note";
    const role = CUSTOMER_TYPES.has(text(partAuthor?.type)) ? "customer" : partAuthor?.type === "bot" ? "ai" : "agent";
    if (role === "agent" && !internal && firstAdminReply === null) firstAdminReply = unixSeconds(p.created_at);
    messages.push({ externalId: optionalId(p.id) ?? `p${index + 1}`, author: role, authorName: name, body: partBody, internal, createdAt: unixSeconds(p.created_at) ?? createdAt });
  });
  const adminId = optionalId(c.admin_assignee_id);
  const team = asObject(c.team_assignee);

  const input = {
    externalId: idOf(c.id),
    subject: stripHtml(text(source.subject)),
    body,
    channel: intercomChannel(source.type),
    status: c.state === "open" ? "open" : c.state === "snoozed" ? "pending" : c.state === "closed" ? "closed" : undefined,
    priority: c.priority === "priority" ? "high" : "normal",
    createdAt,
    firstResponseAt: stats.first_admin_reply_at != null ? unixSeconds(stats.first_admin_reply_at) : firstAdminReply,
    resolvedAt: stats.last_close_at != null && c.state === "closed" ? unixSeconds(stats.last_close_at) : null,
    csat: asObject(c.conversation_rating)?.rating ?? null,
    category: categoryOf(asObject(c.custom_attributes)),
    queue: optionalText(team?.name) ?? optionalId(c.team_assignee_id),
    assignee: adminId ? (adminNames.get(adminId) ?? adminId) : null,
    tags: asArray(asObject(c.tags)?.tags).flatMap((tag) => optionalText(asObject(tag)?.name) ?? []),
    pageUrl: optionalText(source.url),
    reopens: countOf(stats.count_reopens),
    agentChanges: Math.max(0, countOf(stats.count_assignments) - 1),
    customFields: asObject(c.custom_attributes) ?? {},
    customer: {
      externalId: customerId ?? "",
      name: CUSTOMER_TYPES.has(text(author?.type)) ? optionalText(author?.name) : null,
      email: CUSTOMER_TYPES.has(text(author?.type)) ? optionalText(author?.email) : null,
    },
    messages,
  };
  return { input };
}

function categoryOf(attributes: JsonObject | undefined): string | null {
  for (const [key, value] of Object.entries(attributes ?? {})) {
    if (/category|topic|reason/i.test(key)) return optionalText(value);
  }
  return null;
}
