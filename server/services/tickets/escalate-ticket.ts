import "server-only";
import type { ActivityInputs, ActivityResult } from "../../../workflows/interpret/activities";
import { heldLine } from "../../../workflows/interpret/handoff-reasons";
import { EffectRejected } from "../effects/effect-rejected";
import { withEffect, type Db } from "../effects/with-effect";

/**
 * Hands the ticket to humans: moves it to the escalation queue (if given), raises priority, leaves the
 * agent an internal note with the reason, the AI's summary of the conversation and the flow's context, and tells
 * the customer.
 */
export async function escalateTicket(
  db: Db,
  input: ActivityInputs["escalateTicket"],
  opts: { /** The AI provider's summary of the conversation so far. */ conversationSummary?: string | null } = {},
): Promise<ActivityResult<"escalateTicket">> {
  const { idempotencyKey, ticketId, ...rest } = input;
  return withEffect(db, { idempotencyKey, ticketId, kind: "escalate", payload: rest }, async (tx) => {
    const queue = input.queue !== null ? await tx.queue.findUnique({ where: { name: input.queue } }) : null;
    if (input.queue !== null && queue === null) throw new EffectRejected(`Queue "${input.queue}" does not exist`);
    await tx.ticket.update({
      where: { id: ticketId },
      data: { status: "open", escalated: true, ...(queue ? { queueId: queue.id, assignee: null } : {}), ...(input.priority ? { priority: input.priority } : {}) },
    });
    await tx.message.create({
      data: {
        ticketId,
        author: "system",
        body: handoffNote(input, opts.conversationSummary ?? null),
        internal: true,
      },
    });
    if (input.customerMessage) {
      await tx.message.create({ data: { ticketId, author: "ai", body: input.customerMessage } });
    }
    return { queue: queue?.name ?? null };
  });
}

/** The internal note an escalation leaves the agent, in the studio and in a connected helpdesk alike. */
export function handoffNote(input: Pick<ActivityInputs["escalateTicket"], "reason" | "summary" | "held">, conversationSummary: string | null): string {
  // The flow's reason is written once for every ticket; what held names what is true of this one.
  const held = input.held !== undefined && input.held.length > 0 ? `\nWhat held: ${heldLine(input.held)}` : "";
  return `Escalated: ${input.reason}${held}${conversationSummary ? `\n\nConversation: ${conversationSummary}` : ""}\n\nContext: ${input.summary}`;
}
