import "server-only";
import type { PrismaClient } from "@prisma/client";
import type { TAiFeedback } from "../../../lib/tickets/ai-feedback";
import { citedArticles } from "../knowledge/negative-feedback";
import { ServiceError } from "../lib/service-error";

export interface FeedbackActor {
  id: string;
  email: string;
}

/**
 * Records an agent's verdict on an AI reply or draft (any message the AI wrote, public or an internal assist
 * note) with the articles it cited at that moment, so a later edit of the message's metadata cannot move the flag
 * to other articles. Audited: a flag changes what the knowledge base review and the next training see.
 */
export async function flagAiReply(prisma: PrismaClient, input: TAiFeedback, actor: FeedbackActor) {
  const message = await prisma.message.findUnique({ where: { id: input.messageId }, select: { ticketId: true, author: true, aiMeta: true } });
  if (message === null || message.ticketId !== input.ticketId) {
    throw new ServiceError("not-found", "That message is no longer on this ticket; reload the page.");
  }
  if (message.author !== "ai") throw new ServiceError("invalid", "Only replies and drafts the AI wrote can be flagged.", { field: "messageId" });
  const citedArticleIds = citedArticles(message.aiMeta);
  return prisma.$transaction(async (tx) => {
    const feedback = await tx.feedback.create({
      data: {
        ticketId: input.ticketId,
        messageId: input.messageId,
        verdict: input.verdict,
        correctAnswer: input.correctAnswer ?? null,
        correctedIntent: input.correctedIntent ?? null,
        comment: input.comment ?? null,
        citedArticleIds,
        agent: actor.email,
        agentUserId: actor.id,
      },
    });
    await tx.auditLog.create({
      data: {
        actor: actor.email,
        action: "ticket.flag-ai-reply",
        subject: input.ticketId,
        details: { feedbackId: feedback.id, messageId: input.messageId, verdict: input.verdict, correctedIntent: input.correctedIntent ?? null, citedArticleIds },
      },
    });
    return feedback;
  });
}
