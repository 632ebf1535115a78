import "server-only";
import type { PrismaClient } from "@prisma/client";
import { draftEdit, type TDraftOutcome } from "../../../lib/tickets/draft-outcome";
import type { Tx } from "../effects/with-effect";
import { ServiceError } from "../lib/service-error";

/** The reply an agent sent from a draft: the message it became, and whether the agent emptied the box first. */
export interface SentFromDraft {
  draftId: string;
  ticketId: string;
  sent: string;
  /** The agent cleared the draft and wrote the reply from nothing: the draft was discarded, whatever the words. */
  cleared: boolean;
  messageId: string;
  agent: string;
}

/**
 * Stores the sent text beside the draft with how far it moved, in the reply's own transaction. Only a draft still
 * open is closed: one another agent already sent or discarded keeps its first outcome. Null when none was closed.
 */
export async function closeDraftOnSend(tx: Tx, input: SentFromDraft): Promise<TDraftOutcome | null> {
  const draft = await tx.assistDraft.findFirst({ where: { id: input.draftId, ticketId: input.ticketId, outcome: null }, select: { text: true } });
  if (draft === null) return null;
  const edit = draftEdit(draft.text, input.sent);
  const outcome: TDraftOutcome = input.cleared ? "discarded" : edit.outcome;
  const closed = await tx.assistDraft.updateMany({
    where: { id: input.draftId, outcome: null },
    data: { outcome, sentText: input.sent, wordEdits: edit.wordEdits, editRatio: edit.editRatio, messageId: input.messageId, agent: input.agent, closedAt: new Date() },
  });
  return closed.count === 1 ? outcome : null;
}

/** An agent sets the draft aside without sending it; the audit log names who. Discarding twice changes nothing. */
export async function discardAssistDraft(prisma: PrismaClient, draftId: string, actor: { email: string }): Promise<{ discarded: boolean }> {
  return prisma.$transaction(async (tx) => {
    const draft = await tx.assistDraft.findUnique({ where: { id: draftId }, select: { ticketId: true } });
    if (draft === null) throw new ServiceError("not-found", "This draft no longer exists; reload the ticket.");
    const closed = await tx.assistDraft.updateMany({ where: { id: draftId, outcome: null }, data: { outcome: "discarded", agent: actor.email, closedAt: new Date() } });
    if (closed.count === 0) return { discarded: false };
    await tx.auditLog.create({ data: { actor: actor.email, action: "ticket.draft-discarded", subject: draft.ticketId, details: { draftId } } });
    return { discarded: true };
  });
}
