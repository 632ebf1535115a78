import { ApplicationFailure } from "@temporalio/activity";
import { answerAiActivity } from "../../server/ai/answer-ai-activity";
import type { WorkerPorts } from "../../server/ports";
import { helpdeskGateway } from "../../server/services/connections/helpdesk-gateway";
import { classifyFailure } from "../../server/services/effects/classify-failure";
import { applyStepBatch } from "../../server/services/runs/apply-step-batch";
import { applyEffect, flowEffects } from "../../server/services/runs/flow-effects";
import { helpdeskMirror } from "../../server/services/runs/helpdesk-mirror";
import { liveLookups } from "../../server/services/lookups/live-lookups";
import { lookupForRun } from "../../server/services/runs/lookup-for-run";
import { draftDeps } from "../../server/services/runs/draft-deps";
import { perceive } from "../../server/services/runs/perceive";
import { raiseRunAlert } from "../../server/services/runs/raise-run-alert";
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
  for (const [name, fn] of Object.entries(activities)) activities[name] = classifiedFailures(fn);
  return activities as unknown as FlowActivities;
}

/**
 * Every failure leaves an activity sorted (server/services/effects/classify-failure.ts): one that can never succeed
 * is non-retryable, so the flow learns at once and takes its failure handling; one of the infrastructure is
 * retryable, with the delay the other side asked for when it said one (in `nextRetryDelay` for Temporal's retries,
 * and in the details for the live run, which schedules its own). The message is the classifier's sentence.
 */
function classifiedFailures<A extends unknown[], R>(fn: (...args: A) => Promise<R>): (...args: A) => Promise<R> {
  return async (...args) => {
    try {
      return await fn(...args);
    } catch (err) {
      const failure = classifyFailure(err);
      const cause = err instanceof Error ? err : undefined;
      if (failure.kind === "permanent") throw ApplicationFailure.create({ message: failure.reason, type: typeOf(err), nonRetryable: true, cause });
      const delay = failure.retryAfterMs;
      throw ApplicationFailure.create({
        message: failure.reason,
        type: typeOf(err),
        nonRetryable: false,
        details: [{ retryAfterMs: delay }],
        cause,
        ...(delay !== null ? { nextRetryDelay: delay } : {}),
      });
    }
  };
}

function typeOf(err: unknown): string {
  return err instanceof Error ? err.name : "Error";
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
    raiseAlert: (input) => raiseRunAlert(prisma, deps.notifier, input),
  };
}
