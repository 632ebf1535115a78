import "server-only";
import type { Message, PrismaClient } from "@prisma/client";
import type { TAgentMessage } from "../../../../lib/tickets/agent-actions";
import type { TDraftOutcome } from "../../../../lib/tickets/draft-outcome";
import type { HelpdeskGateway } from "../../../ports";
import { closeDraftOnSend } from "../../assist-drafts/close-assist-draft";
import { ServiceError } from "../../lib/service-error";
import type { Outbox } from "../../outbox/outbox";
import { enqueueRunSignals } from "../../outbox/signal-run-message";
import { helpdeskActions } from "../../runs/helpdesk-actions";
import { carryToHelpdesk } from "./to-helpdesk";

export interface AgentActor {
  email: string;
  name: string;
}

/** Long enough for a helpdesk call under its rate limit; the studio's own writes take a fraction of it. */
const TX_OPTIONS = { maxWait: 10_000, timeout: 30_000 };

/**
 * An agent's reply or internal note, written from the ticket view. In one transaction: the message, the ticket's first
 * response (a reply, when none came before), the agent-replied signal to the ticket's runs (a reply; a note is for
 * colleagues, not the flow), the AI draft it was written from closed with what became of it, the audit entry, and on
 * a connected ticket the same message in the helpdesk. The request's id makes a resend a repeat: it stores and sends
 * nothing twice.
 */
export async function postAgentMessage(
  ports: { prisma: PrismaClient; outbox: Outbox; helpdesk: HelpdeskGateway },
  input: TAgentMessage,
  actor: AgentActor,
): Promise<{ message: Message; created: boolean; runsSignalled: number; draftOutcome: TDraftOutcome | null }> {
  const { prisma, outbox, helpdesk } = ports;
  const ticket = await prisma.ticket.findUnique({ where: { id: input.ticketId }, select: { id: true, externalId: true, connectionId: true } });
  if (ticket === null) throw new ServiceError("not-found", "This ticket no longer exists; go back to the inbox.");
  const externalId = `studio:${input.requestId}`;
  const repeat = await prisma.message.findUnique({ where: { ticketId_externalId: { ticketId: ticket.id, externalId } } });
  if (repeat !== null) return { message: repeat, created: false, runsSignalled: 0, draftOutcome: null };
  const internal = input.kind === "note";
  const { message, heard, fromDraft } = await prisma.$transaction(async (tx) => {
    const message = await tx.message.create({ data: { ticketId: ticket.id, author: "agent", authorName: actor.name, body: input.body, internal, externalId } });
    let heard = 0;
    const fromDraft =
      !internal && input.draft
        ? await closeDraftOnSend(tx, { draftId: input.draft.id, ticketId: ticket.id, sent: input.body, cleared: input.draft.cleared, messageId: message.id, agent: actor.email })
        : null;
    if (!internal) {
      await tx.ticket.updateMany({ where: { id: ticket.id, firstResponseAt: null }, data: { firstResponseAt: message.createdAt } });
      const payload = { body: input.body, at: message.createdAt.toISOString(), author: actor.name };
      heard = await enqueueRunSignals(tx, ticket.id, "agentReplied", payload, `message:${message.id}`);
    }
    const drafted = fromDraft ? { draft: input.draft!.id, draftOutcome: fromDraft } : {};
    await tx.auditLog.create({
      data: { actor: actor.email, action: internal ? "ticket.note" : "ticket.reply", subject: ticket.id, details: { messageId: message.id, characters: input.body.length, ...drafted } },
    });
    const key = `agent:${input.requestId}`;
    await carryToHelpdesk(tx, helpdesk, ticket, key, (remote) =>
      helpdeskActions(
        internal
          ? { name: "postInternalNote", input: { ticketId: ticket.id, body: input.body, idempotencyKey: key } }
          : { name: "sendReply", input: { ticketId: ticket.id, body: input.body, citations: [], idempotencyKey: key } },
        undefined,
        remote,
      ),
    );
    return { message, heard, fromDraft };
  }, TX_OPTIONS);
  if (heard > 0) outbox.kick();
  return { message, created: true, runsSignalled: heard, draftOutcome: fromDraft };
}
