import type { PrismaClient } from "@prisma/client";
import { ApplicationFailure } from "@temporalio/activity";
import { EffectRejected } from "../../server/services/effects/effect-rejected";
import type { AiProvider } from "../../server/ai/provider";
import { answerAiActivity } from "../../server/ai/answer-ai-activity";
import type { Notifier } from "../../server/services/notify/notifier";
import { notifySlack } from "../../server/services/notify/notify-slack";
import { recordTrace } from "../../server/services/runs/record-trace";
import { escalateTicket } from "../../server/services/tickets/escalate-ticket";
import { postFlowMessage } from "../../server/services/tickets/post-flow-message";
import { resolveTicket } from "../../server/services/tickets/resolve-ticket";
import { routeTicket } from "../../server/services/tickets/route-ticket";
import { updateTicket } from "../../server/services/tickets/update-ticket";
import type { FlowActivities } from "./types";

export interface ActivityDeps {
  prisma: PrismaClient;
  ai: AiProvider;
  notifier: Notifier;
}

/**
 * The activities of ticketFlow, built from their dependencies (the samples-typescript pattern), so
 * tests can pass a real database with a fake notifier. Each is a thin adapter over a service.
 */
export function createActivities(deps: ActivityDeps): FlowActivities {
  const activities: Record<string, (input: never) => Promise<unknown>> = { ...buildActivities(deps) };
  for (const [name, fn] of Object.entries(activities)) activities[name] = failFastOnRejection(fn);
  return activities as unknown as FlowActivities;
}

/** A rejected effect will fail the same way on every attempt: tell Temporal not to retry it. */
function failFastOnRejection<A extends unknown[], R>(fn: (...args: A) => Promise<R>): (...args: A) => Promise<R> {
  return async (...args) => {
    try {
      return await fn(...args);
    } catch (err) {
      if (err instanceof EffectRejected) throw ApplicationFailure.nonRetryable(err.message, err.name);
      throw err;
    }
  };
}

/**
 * The provider's summary of the conversation for the agent taking over. A failed summary never blocks a
 * handoff: the escalation goes ahead with the flow's own context line.
 */
async function handoffSummary(prisma: PrismaClient, ai: AiProvider, ticketId: string): Promise<string | null> {
  const messages = await prisma.message.findMany({ where: { ticketId, internal: false }, orderBy: { createdAt: "asc" }, select: { author: true, body: true } });
  if (messages.length === 0) return null;
  try {
    return (await ai.summarise(messages)).summary;
  } catch {
    return null;
  }
}

function buildActivities({ prisma, ai, notifier }: ActivityDeps): FlowActivities {
  return {
    async classifyIntent(input) {
      const result = await answerAiActivity(ai, "classifyIntent", input);
      if (!input.dryRun) await prisma.ticket.update({ where: { id: input.ticketId }, data: { intent: result.label, intentConfidence: result.confidence } });
      return result;
    },
    async detectSentiment(input) {
      const result = await answerAiActivity(ai, "detectSentiment", input);
      if (!input.dryRun) await prisma.ticket.update({ where: { id: input.ticketId }, data: { sentiment: result.label, sentimentScore: result.score } });
      return result;
    },
    draftReply: (input) => answerAiActivity(ai, "draftReply", input),
    sendReply: ({ ticketId, body, citations, idempotencyKey }) =>
      postFlowMessage(prisma, { ticketId, idempotencyKey, kind: "reply", body, aiMeta: { citations, provider: ai.name, model: ai.modelVersion } }),
    postInternalNote: ({ ticketId, body, idempotencyKey }) =>
      postFlowMessage(prisma, { ticketId, idempotencyKey, kind: "internal-note", body, aiMeta: { provider: ai.name, model: ai.modelVersion } }),
    sendCsatSurvey: ({ ticketId, question, idempotencyKey }) => postFlowMessage(prisma, { ticketId, idempotencyKey, kind: "csat-survey", body: question }),
    routeTicket: (input) => routeTicket(prisma, input),
    escalateTicket: async (input) => escalateTicket(prisma, input, { conversationSummary: await handoffSummary(prisma, ai, input.ticketId) }),
    updateTicket: (input) => updateTicket(prisma, input),
    resolveTicket: (input) => resolveTicket(prisma, input),
    notifySlack: (input) => notifySlack(prisma, notifier, input),
    recordTrace: (input) => recordTrace(prisma, input),
  };
}
