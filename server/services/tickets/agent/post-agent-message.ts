import "server-only";
import type { Message, PrismaClient } from "@prisma/client";
import type { TAgentMessage } from "../../../../lib/tickets/agent-actions";
import type { HelpdeskGateway } from "../../../ports";
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
 * colleagues, not the flow), the audit entry, and on a connected ticket the same message in the helpdesk. The
 * request's id makes a resend a repeat: it stores and sends nothing twice.
 */
export async function postAgentMessage(
  ports: { prisma: PrismaClient; outbox: Outbox; helpdesk: HelpdeskGateway },
  input: TAgentMessage,
  actor: AgentActor,
): Promise<{ message: Message; created: boolean; runsSignalled: number }> {
  const { prisma, outbox, helpdesk } = ports;
  const ticket = await prisma.ticket.findUnique({ where: { id: input.ticketId }, select: { id: true, externalId: true, connectionId: true } });
  if (ticket === null) throw new ServiceError("not-found", "This ticket no longer exists; go back to the inbox.");
  const externalId = `studio:${input.requestId}`;
  const repeat = await prisma.message.findUnique({ where: { ticketId_externalId: { ticketId: ticket.id, externalId } } });
  if (repeat !== null) return { message: repeat, created: false, runsSignalled: 0 };
  const internal = input.kind === "note";
  const { message, heard } = await prisma.$transaction(async (tx) => {
    const message = await tx.message.create({ data: { ticketId: ticket.id, author: "agent", authorName: actor.name, body: input.body, internal, externalId } });
    let heard = 0;
    if (!internal) {
      await tx.ticket.updateMany({ where: { id: ticket.id, firstResponseAt: null }, data: { firstResponseAt: message.createdAt } });
      const payload = { body: input.body, at: message.createdAt.toISOString(), author: actor.name };
      heard = await enqueueRunSignals(tx, ticket.id, "agentReplied", payload, `message:${message.id}`);
    }
    await tx.auditLog.create({
      data: { actor: actor.email, action: internal ? "ticket.note" : "ticket.reply", subject: ticket.id, details: { messageId: message.id, characters: input.body.length } },
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
    return { message, heard };
  }, TX_OPTIONS);
  if (heard > 0) outbox.kick();
  return { message, created: true, runsSignalled: heard };
}
