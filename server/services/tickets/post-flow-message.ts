import "server-only";
import type { Prisma, PrismaClient } from "@prisma/client";
import { withEffect } from "../effects/with-effect";

/**
 * Messages a flow writes on a ticket: an AI reply to the customer (which is the first response if none
 * came before), an internal draft for the agent, or a CSAT survey.
 */
export async function postFlowMessage(
  prisma: PrismaClient,
  input: {
    ticketId: string;
    idempotencyKey: string;
    kind: "reply" | "internal-note" | "csat-survey";
    body: string;
    aiMeta?: Record<string, unknown>;
  },
): Promise<{ effectId: string; duplicate: boolean; messageId?: string }> {
  const { idempotencyKey, ticketId, kind, body, aiMeta } = input;
  return withEffect(prisma, { idempotencyKey, ticketId, kind, payload: { body } }, async (tx) => {
    const message = await tx.message.create({
      data: {
        ticketId,
        author: kind === "csat-survey" ? "system" : "ai",
        body,
        internal: kind === "internal-note",
        ...(aiMeta ? { aiMeta: aiMeta as Prisma.InputJsonValue } : {}),
      },
    });
    if (kind === "reply") {
      await tx.ticket.updateMany({ where: { id: ticketId, firstResponseAt: null }, data: { firstResponseAt: message.createdAt } });
    }
    return { messageId: message.id };
  });
}
