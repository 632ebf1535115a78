import { z } from "zod";
import { PRIORITIES, STATUSES } from "../../workflows/model/fields";

/** Names one send or change, made once in the browser: a request sent again after a lost answer acts once. */
const requestId = z.string().min(8).max(100);

/** An agent's message on a ticket: a reply the customer sees, or an internal note for colleagues. */
export const ZAgentMessageSchema = z.object({
  ticketId: z.string().min(1),
  kind: z.enum(["reply", "note"]),
  body: z.string().trim().min(1, "Write the message first").max(20_000, "Keep the message under 20,000 characters"),
  requestId,
  /** The AI draft the reply box opened with; `cleared` when the agent emptied the box and wrote the reply anew. */
  draft: z.object({ id: z.string().min(1), cleared: z.boolean() }).optional(),
});
export type TAgentMessage = z.infer<typeof ZAgentMessageSchema>;

/** One field an agent changes on a ticket. The assignee is an agent's email; the queue is a queue's id (null: none). */
export const ZTicketFieldChangeSchema = z.discriminatedUnion("field", [
  z.object({ field: z.literal("status"), value: z.enum(STATUSES) }),
  z.object({ field: z.literal("priority"), value: z.enum(PRIORITIES) }),
  z.object({ field: z.literal("assignee"), value: z.string().min(1).nullable() }),
  z.object({ field: z.literal("queue"), value: z.string().min(1).nullable() }),
]);
export type TTicketFieldChange = z.infer<typeof ZTicketFieldChangeSchema>;

export const ZAgentTicketChangeSchema = z.object({ ticketId: z.string().min(1), change: ZTicketFieldChangeSchema, requestId });
export type TAgentTicketChange = z.infer<typeof ZAgentTicketChangeSchema>;

/** An agent sets an AI draft aside without sending it. */
export const ZDiscardDraftSchema = z.object({ draftId: z.string().min(1) });
export type TDiscardDraft = z.infer<typeof ZDiscardDraftSchema>;

/** A fresh request id; getRandomValues, unlike randomUUID, also works on a page served over plain http. */
export function newRequestId(): string {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}
