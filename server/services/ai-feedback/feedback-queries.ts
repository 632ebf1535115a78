import "server-only";
import type { PrismaClient } from "@prisma/client";

/** Every flag on a ticket's AI messages, oldest first, for the conversation to show beside each message. */
export async function ticketAiFeedback(prisma: PrismaClient, ticketId: string) {
  return prisma.feedback.findMany({
    where: { ticketId, messageId: { not: null } },
    orderBy: { createdAt: "asc" },
    select: { id: true, messageId: true, verdict: true, correctAnswer: true, correctedIntent: true, comment: true, agent: true, createdAt: true },
  });
}

/** How many answers the guardrails page offers to turn into a guardrail. */
const WRONG_ANSWERS_SHOWN = 20;

/**
 * Recent AI answers agents flagged incorrect, newest first, with the text the AI wrote and the agent's reason,
 * so a team can turn a wrong answer into a guardrail.
 */
export async function recentWrongAnswers(prisma: PrismaClient) {
  const flags = await prisma.feedback.findMany({
    where: { verdict: "incorrect", messageId: { not: null } },
    orderBy: { createdAt: "desc" },
    take: WRONG_ANSWERS_SHOWN,
    select: { id: true, ticketId: true, messageId: true, comment: true, correctAnswer: true, agent: true, createdAt: true },
  });
  const messages = await prisma.message.findMany({
    where: { id: { in: flags.map((f) => f.messageId!) } },
    select: { id: true, body: true },
  });
  const bodies = new Map(messages.map((m) => [m.id, m.body]));
  return flags.flatMap((f) => {
    const answer = bodies.get(f.messageId!);
    return answer === undefined ? [] : [{ feedbackId: f.id, ticketId: f.ticketId, answer, reason: f.comment, correctAnswer: f.correctAnswer, agent: f.agent, createdAt: f.createdAt }];
  });
}
