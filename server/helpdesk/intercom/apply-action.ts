import "server-only";
import type { Intercom, IntercomClient } from "intercom-client";
import type { THelpdeskAction } from "../contract";
import { callIntercom } from "./call-intercom";
import { intercomPriority, intercomStateChange } from "./map-status";
import type { TagDirectory } from "./tag-directory";

export interface TIntercomActionContext {
  sdk: IntercomClient;
  /** The teammate the studio acts as. */
  adminId: string;
  snoozeHours: number;
  tags: TagDirectory;
  now: () => number;
}

type TUpdate = Extract<THelpdeskAction, { type: "update" }>;

/**
 * Carries out one action on one conversation. Intercom's REST API documents no idempotency header on any of these
 * endpoints (reply, parts, conversation update, tags); the key is sent as `Idempotency-Key` anyway, where it is harmless,
 * and the effect layer records each call once. An action that takes several calls derives one key per call, so a
 * proxy that honours the header never mistakes the second call for a retry of the first.
 */
export async function applyIntercomAction(ctx: TIntercomActionContext, conversationId: string, action: THelpdeskAction, key: string): Promise<void> {
  const keyed = (suffix?: string) => keyedCall(key, suffix);
  const manage = (body: Intercom.ConversationsManageRequestBody, suffix: string) => manageConversation(ctx, conversationId, body, key, suffix);

  switch (action.type) {
    case "reply":
    case "note": {
      const body: Intercom.AdminReplyConversationRequest = {
        message_type: action.type === "reply" ? "comment" : "note",
        type: "admin",
        admin_id: ctx.adminId,
        body: toIntercomHtml(action.body),
      };
      await callIntercom(() => ctx.sdk.conversations.reply({ conversation_id: conversationId, body }, keyed()));
      return;
    }
    case "assign":
      // null clears the assignment: Intercom's assignee id 0 means "nobody".
      if (action.remoteGroupId !== undefined) {
        await manage({ message_type: "assignment", type: "team", admin_id: ctx.adminId, assignee_id: action.remoteGroupId ?? "0" }, "assign-team");
      }
      if (action.remoteAssigneeId !== undefined) {
        await manage({ message_type: "assignment", type: "admin", admin_id: ctx.adminId, assignee_id: action.remoteAssigneeId ?? "0" }, "assign-admin");
      }
      return;
    case "update":
      await applyUpdate(ctx, conversationId, action, key);
      return;
  }
}

async function applyUpdate(ctx: TIntercomActionContext, conversationId: string, action: TUpdate, key: string): Promise<void> {
  const keyed = (suffix: string) => keyedCall(key, suffix);
  const hasFields = action.fields !== undefined && Object.keys(action.fields).length > 0;
  if (action.priority !== undefined || hasFields) {
    // `priority` is the conversation's own field (priority / not_priority) but missing from the SDK's request type; the
    // SDK passes every field it is given on to PUT /conversations/{id}.
    const request: Intercom.UpdateConversationRequest & { priority?: "priority" | "not_priority" } = { conversation_id: conversationId };
    if (action.priority !== undefined) request.priority = intercomPriority(action.priority);
    if (hasFields) request.custom_attributes = action.fields as Intercom.CustomAttributes;
    await callIntercom(() => ctx.sdk.conversations.update(request, keyed("attributes")));
  }
  for (const name of action.addTags ?? []) {
    const id = await ctx.tags.findOrCreate(name, `${key}:create-tag:${name}`);
    await callIntercom(() => ctx.sdk.tags.tagConversation({ conversation_id: conversationId, id, admin_id: ctx.adminId }, keyed(`tag:${name}`)));
  }
  for (const name of action.removeTags ?? []) {
    const id = await ctx.tags.find(name);
    // A tag the workspace does not have is on no conversation: nothing to remove.
    if (id === null) continue;
    await callIntercom(() => ctx.sdk.tags.untagConversation({ conversation_id: conversationId, tag_id: id, admin_id: ctx.adminId }, keyed(`untag:${name}`)));
  }
  // Last, so a conversation is tagged and prioritised before a close hides it from the inbox.
  if (action.status !== undefined) {
    await manageConversation(ctx, conversationId, intercomStateChange(action.status, ctx.adminId, ctx.snoozeHours, ctx.now()), key, "status");
  }
}

function manageConversation(ctx: TIntercomActionContext, conversationId: string, body: Intercom.ConversationsManageRequestBody, key: string, suffix: string) {
  return callIntercom(() => ctx.sdk.conversations.manage({ conversation_id: conversationId, body }, keyedCall(key, suffix)));
}

function keyedCall(key: string, suffix?: string): { headers: Record<string, string> } {
  return { headers: { "Idempotency-Key": suffix === undefined ? key : `${key}:${suffix}` } };
}

/**
 * Intercom shows a reply's body as HTML, where plain line breaks collapse: paragraphs become <p>, single line breaks
 * <br>, and the text is escaped so a customer's words are never read as markup.
 */
export function toIntercomHtml(text: string): string {
  const escaped = text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
  return escaped
    .replace(/\r\n?/g, "\n")
    .split(/\n{2,}/)
    .map((p) => p.trim())
    .filter((p) => p !== "")
    .map((p) => `<p>${p.replace(/\n/g, "<br>")}</p>`)
    .join("");
}
