import "server-only";
import type { PrismaClient } from "@prisma/client";
import type { AiProvider } from "../../ai/provider";

/**
 * The provider's summary of the conversation for the agent taking over, or null for a ticket without public
 * messages. A failed summary never blocks a handoff: the escalation goes ahead with the flow's own context line.
 */
export async function handoffSummary(deps: { prisma: PrismaClient; ai: AiProvider }, ticketId: string): Promise<string | null> {
  const messages = await deps.prisma.message.findMany({ where: { ticketId, internal: false }, orderBy: { createdAt: "asc" }, select: { author: true, body: true } });
  if (messages.length === 0) return null;
  try {
    return (await deps.ai.summarise(messages)).summary;
  } catch {
    return null;
  }
}
