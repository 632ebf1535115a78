import { ApplicationFailure } from "@temporalio/activity";
import { answerAiActivity } from "../../server/ai/answer-ai-activity";
import type { WorkerPorts } from "../../server/ports";
import { EffectRejected } from "../../server/services/effects/effect-rejected";
import { notifySlack } from "../../server/services/notify/notify-slack";
import { recordTrace } from "../../server/services/runs/record-trace";
import { classifyTicketIntent, detectTicketSentiment } from "../../server/services/tickets/classify-ticket";
import { escalateTicket } from "../../server/services/tickets/escalate-ticket";
import { handoffSummary } from "../../server/services/tickets/handoff-summary";
import { postFlowMessage } from "../../server/services/tickets/post-flow-message";
import { resolveTicket } from "../../server/services/tickets/resolve-ticket";
import { routeTicket } from "../../server/services/tickets/route-ticket";
import { updateTicket } from "../../server/services/tickets/update-ticket";
import type { FlowActivities } from "../../workflows/interpret/live/activity-contract";

/** What ticketFlow's activities reach: the worker's ports. */
export type ActivityDeps = WorkerPorts;

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

function buildActivities(deps: ActivityDeps): FlowActivities {
  const { prisma, ai, notifier } = deps;
  return {
    classifyIntent: (input) => classifyTicketIntent(deps, input),
    detectSentiment: (input) => detectTicketSentiment(deps, input),
    draftReply: (input) => answerAiActivity(ai, "draftReply", input),
    sendReply: ({ ticketId, body, citations, idempotencyKey }) =>
      postFlowMessage(prisma, { ticketId, idempotencyKey, kind: "reply", body, aiMeta: { citations, provider: ai.name, model: ai.modelVersion } }),
    postInternalNote: ({ ticketId, body, idempotencyKey }) =>
      postFlowMessage(prisma, { ticketId, idempotencyKey, kind: "internal-note", body, aiMeta: { provider: ai.name, model: ai.modelVersion } }),
    sendCsatSurvey: ({ ticketId, question, idempotencyKey }) => postFlowMessage(prisma, { ticketId, idempotencyKey, kind: "csat-survey", body: question }),
    routeTicket: (input) => routeTicket(prisma, input),
    escalateTicket: async (input) => escalateTicket(prisma, input, { conversationSummary: await handoffSummary(deps, input.ticketId) }),
    updateTicket: (input) => updateTicket(prisma, input),
    resolveTicket: (input) => resolveTicket(prisma, input),
    notifySlack: (input) => notifySlack(prisma, notifier, input),
    recordTrace: (input) => recordTrace(prisma, input),
  };
}
