import "server-only";
import type { PrismaClient } from "@prisma/client";
import type { TLabelTickets } from "../../../lib/intent-models/label-tickets";
import type { FeedbackActor } from "../ai-feedback/flag-ai-reply";
import { ServiceError } from "../lib/service-error";

/**
 * Labels live tickets with the intent a person says they are about, through the path an agent's flag takes: one
 * feedback row per ticket with the corrected intent and no message (so it flags no reply and no article), which the
 * next training reads as an agent-labelled row. Imported history is refused: its labels are the helpdesk's.
 * Audited once for the batch.
 */
export async function labelTickets(prisma: PrismaClient, input: TLabelTickets, actor: FeedbackActor): Promise<{ labelled: number }> {
  const ids = [...new Set(input.ticketIds)];
  const tickets = await prisma.ticket.findMany({ where: { id: { in: ids } }, select: { id: true, importHash: true } });
  if (tickets.length !== ids.length) throw new ServiceError("not-found", "Some of these tickets no longer exist; reload the page.", { field: "ticketIds" });
  if (tickets.some((t) => t.importHash !== null)) {
    throw new ServiceError("invalid", "Imported tickets keep the helpdesk's labels; only live tickets can be labelled here.", { field: "ticketIds" });
  }
  return prisma.$transaction(async (tx) => {
    await tx.feedback.createMany({
      data: ids.map((ticketId) => ({
        ticketId,
        verdict: "incorrect",
        correctedIntent: input.intent,
        comment: "Labelled from a possible new intent on the AI models page",
        agent: actor.email,
        agentUserId: actor.id,
      })),
    });
    await tx.auditLog.create({
      data: { actor: actor.email, action: "ai.label-tickets", subject: input.intent, details: { intent: input.intent, ticketIds: ids } },
    });
    return { labelled: ids.length };
  });
}
