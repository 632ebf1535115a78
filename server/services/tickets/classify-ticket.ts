import "server-only";
import type { PrismaClient } from "@prisma/client";
import type { ActivityInputs, ActivityResult } from "../../../workflows/interpret/activities";
import { answerAiActivity } from "../../ai/answer-ai-activity";
import type { AiProvider } from "../../ai/provider";

type ClassifyDeps = { prisma: PrismaClient; ai: AiProvider };

/** The provider's intent for the ticket's text, kept on the ticket (unless a shadow run asks, with dryRun). */
export async function classifyTicketIntent(deps: ClassifyDeps, input: ActivityInputs["classifyIntent"]): Promise<ActivityResult<"classifyIntent">> {
  const result = await answerAiActivity(deps.ai, "classifyIntent", input);
  if (!input.dryRun) await deps.prisma.ticket.update({ where: { id: input.ticketId }, data: { intent: result.label, intentConfidence: result.confidence } });
  return result;
}

/** The provider's sentiment for the ticket's text, kept on the ticket (unless a shadow run asks, with dryRun). */
export async function detectTicketSentiment(deps: ClassifyDeps, input: ActivityInputs["detectSentiment"]): Promise<ActivityResult<"detectSentiment">> {
  const result = await answerAiActivity(deps.ai, "detectSentiment", input);
  if (!input.dryRun) await deps.prisma.ticket.update({ where: { id: input.ticketId }, data: { sentiment: result.label, sentimentScore: result.score } });
  return result;
}
