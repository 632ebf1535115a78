import { ApplicationFailure } from "@temporalio/activity";
import { answerAiActivity } from "../../server/ai/answer-ai-activity";
import type { WorkerPorts } from "../../server/ports";
import { helpdeskGateway } from "../../server/services/connections/helpdesk-gateway";
import { EffectRejected } from "../../server/services/effects/effect-rejected";
import { RetryLater } from "../../server/services/effects/retry-later";
import { applyStepBatch } from "../../server/services/runs/apply-step-batch";
import { applyEffect, flowEffects } from "../../server/services/runs/flow-effects";
import { helpdeskMirror } from "../../server/services/runs/helpdesk-mirror";
import { liveLookups } from "../../server/services/lookups/live-lookups";
import { lookupForRun } from "../../server/services/runs/lookup-for-run";
import { draftDeps } from "../../server/services/runs/draft-deps";
import { perceive } from "../../server/services/runs/perceive";
import { recordTrace } from "../../server/services/runs/record-trace";
import { classifyTicketIntent, detectTicketSentiment } from "../../server/services/tickets/classify-ticket";
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

/**
 * A rejected effect will fail the same way on every attempt: tell Temporal not to retry it. One the other side
 * asked to come back to later is retried after the delay it gave.
 */
function failFastOnRejection<A extends unknown[], R>(fn: (...args: A) => Promise<R>): (...args: A) => Promise<R> {
  return async (...args) => {
    try {
      return await fn(...args);
    } catch (err) {
      if (err instanceof EffectRejected) throw ApplicationFailure.nonRetryable(err.message, err.name);
      if (err instanceof RetryLater && err.afterMs !== null) throw ApplicationFailure.create({ message: err.message, type: err.name, nextRetryDelay: err.afterMs });
      throw err;
    }
  };
}

function buildActivities(deps: ActivityDeps): FlowActivities {
  const { prisma, ai } = deps;
  const effects = flowEffects(deps);
  const mirror = helpdeskMirror(deps.helpdesk ?? helpdeskGateway(prisma));
  const reads = { prisma, ai, lookups: deps.lookups ?? liveLookups(prisma) };
  return {
    perceive: (input) => perceive(reads, input),
    applyStepBatch: (input) => applyStepBatch(prisma, effects, input, mirror),
    // One activity per step: what runs recorded before batching still call when they replay.
    classifyIntent: (input) => classifyTicketIntent(deps, input),
    detectSentiment: (input) => detectTicketSentiment(deps, input),
    draftReply: (input) => answerAiActivity(ai, "draftReply", input, draftDeps(prisma, reads.lookups)),
    lookupData: (input) => lookupForRun(reads, input),
    sendReply: (input) => applyEffect(effects, "sendReply", input, prisma),
    postInternalNote: (input) => applyEffect(effects, "postInternalNote", input, prisma),
    sendCsatSurvey: (input) => applyEffect(effects, "sendCsatSurvey", input, prisma),
    routeTicket: (input) => applyEffect(effects, "routeTicket", input, prisma),
    escalateTicket: (input) => applyEffect(effects, "escalateTicket", input, prisma),
    updateTicket: (input) => applyEffect(effects, "updateTicket", input, prisma),
    resolveTicket: (input) => applyEffect(effects, "resolveTicket", input, prisma),
    notifySlack: (input) => applyEffect(effects, "notifySlack", input, prisma),
    recordTrace: (input) => recordTrace(prisma, input),
  };
}
