import "server-only";
import type { TImportMessage, TImportTicketInput } from "../../../lib/history-import/import-record";
import {
  addMinutes,
  asArray,
  asObject,
  changesFromStations,
  countOf,
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
import { AUTOMATIC_CATEGORY, type TCategorySource } from "../../../lib/history-import/category-source";
import { zendeskCategory, type ZendeskFieldValue } from "./zendesk-category";
import type { ZendeskSideloads } from "./zendesk-sideloads";
import { isDeleted, zendeskChannel, zendeskCsat, zendeskPriority, zendeskStatus } from "./zendesk-fields";

type MessageInput = Omit<TImportMessage, "createdAt" | "internal"> & { createdAt: unknown; internal: boolean };

/**
 * One Zendesk ticket (API shape: incremental export or GET /tickets) to the studio's import shape. Names come
 * from the sideloads when present; without them ids stand in (a group without its name becomes a queue named by id).
 * Tickets in NDJSON may embed `comments`, `metric_set`, `satisfaction_rating` and `requester`.
 */
export function mapZendeskTicket(t: JsonObject, side: ZendeskSideloads, category: TCategorySource = AUTOMATIC_CATEGORY): MappedRecord {
  if (isDeleted(t.status)) return { reason: "status is deleted: deleted tickets are not imported" };
  const id = idOf(t.id);
  const requesterId = optionalId(t.requester_id) ?? optionalId(asObject(t.requester)?.id);
  const requester = (requesterId ? side.users.get(requesterId) : undefined) ?? asObject(t.requester);
  const metrics = asObject(t.metric_set) ?? (typeof id === "string" ? side.metricSets.get(id) : undefined) ?? {};
  const createdAt = dateInput(t.created_at);
  const messages = zendeskMessages(t, requesterId, side, createdAt);
  const body = optionalText(t.description) ?? messages[0]?.body ?? "";
  if (messages.length === 0 && body) messages.push({ externalId: "description", author: "customer", body, createdAt, internal: false });
  const custom = customFields(t, side);
  const tags = stringList(t.tags);
  const firstAgentReply = messages.find((m) => m.author === "agent" && !m.internal);
  const replyMinutes = asObject(metrics.reply_time_in_minutes)?.calendar;

  const input: TImportTicketInput = {
    externalId: id as string,
    subject: text(t.subject ?? t.raw_subject),
    body,
    channel: zendeskChannel(asObject(t.via)?.channel),
    status: zendeskStatus(t.status),
    priority: zendeskPriority(t.priority),
    createdAt: createdAt as Date,
    firstResponseAt: addMinutes(createdAt, replyMinutes) ?? (firstAgentReply?.createdAt as Date | undefined) ?? null,
    resolvedAt: optionalDate(metrics.solved_at ?? t.solved_at) as Date | null,
    csat: zendeskCsat(asObject(t.satisfaction_rating)?.score),
    category: zendeskCategory(category, custom.fields, tags),
    queue: groupName(t, side),
    assignee: userName(optionalId(t.assignee_id), side),
    tags,
    language: optionalText(requester?.locale),
    reopens: countOf(metrics.reopens),
    agentChanges: changesFromStations(metrics.assignee_stations),
    queueChanges: changesFromStations(metrics.group_stations),
    customFields: custom.values,
    customer: customerOf(requesterId, requester, side),
    messages: messages as TImportTicketInput["messages"],
  };
  return { input };
}

function zendeskMessages(t: JsonObject, requesterId: string | null, side: ZendeskSideloads, createdAt: unknown): MessageInput[] {
  const out: MessageInput[] = [];
  asArray(t.comments).forEach((raw, index) => {
    const c = asObject(raw);
    if (!c) return;
    const body = optionalText(c.plain_body) ?? optionalText(c.body) ?? stripHtml(text(c.html_body));
    if (!body) return;
    const authorId = optionalId(c.author_id);
    const author = authorId !== null && authorId === requesterId ? "customer" : isEndUser(authorId, side) ? "customer" : "agent";
    out.push({
      externalId: optionalId(c.id) ?? `c${index + 1}`,
      author,
      authorName: userName(authorId, side),
      body,
      internal: c.public === false,
      createdAt: dateInput(c.created_at) ?? createdAt,
    });
  });
  return out;
}

function isEndUser(userId: string | null, side: ZendeskSideloads): boolean {
  return userId !== null && side.users.get(userId)?.role === "end-user";
}

function userName(userId: string | null, side: ZendeskSideloads): string | null {
  if (userId === null) return null;
  return optionalText(side.users.get(userId)?.name) ?? userId;
}

function groupName(t: JsonObject, side: ZendeskSideloads): string | null {
  const groupId = optionalId(t.group_id);
  if (groupId === null) return optionalText(asObject(t.group)?.name);
  return optionalText(side.groups.get(groupId)?.name) ?? optionalText(asObject(t.group)?.name) ?? groupId;
}

function customerOf(requesterId: string | null, requester: JsonObject | undefined, side: ZendeskSideloads) {
  const orgId = optionalId(requester?.organization_id);
  const org = orgId ? side.organizations.get(orgId) : undefined;
  const userFields = asObject(requester?.user_fields) ?? {};
  const orgFields = asObject(org?.organization_fields) ?? {};
  const plan = optionalText(userFields.plan) ?? optionalText(orgFields.plan);
  const enterprise =
    typeof userFields.enterprise === "boolean" ? userFields.enterprise
    : typeof orgFields.enterprise === "boolean" ? orgFields.enterprise
    : stringList(org?.tags).includes("enterprise") || /enterprise/i.test(plan ?? "") ? true
    : null;
  return {
    externalId: requesterId ?? "",
    name: optionalText(requester?.name),
    email: optionalText(requester?.email),
    plan,
    enterprise,
  };
}

/**
 * Custom field values by field title (the id when the export has no ticket_fields), and the fields as the category
 * choice reads them. Zendesk lists them twice, as `custom_fields` and `fields`; exporters that trim the payload
 * may keep only one.
 */
function customFields(t: JsonObject, side: ZendeskSideloads): { values: Record<string, unknown>; fields: ZendeskFieldValue[] } {
  const values: Record<string, unknown> = {};
  const fields: ZendeskFieldValue[] = [];
  for (const raw of asArray(t.custom_fields ?? t.fields)) {
    const f = asObject(raw);
    const id = optionalId(f?.id);
    if (!f || id === null || f.value === null || f.value === undefined || f.value === "") continue;
    const title = side.ticketFields.get(id) ?? null;
    values[title ?? id] = f.value;
    fields.push({ id, title, value: f.value });
  }
  return { values, fields };
}
