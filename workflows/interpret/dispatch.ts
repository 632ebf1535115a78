import { assertNever } from "../model/handles";
import type { FlowPlan, PlanNode } from "../model/plan";
import type { ActivityOutcome, StepContext, StepOutcome } from "./step-kit";
import { enterAiReply, enterClassifyIntent, enterDetectSentiment, resumeAiReply, resumeClassifyIntent, resumeDetectSentiment } from "./steps/ai";
import {
  enterCsatSurvey,
  enterEscalate,
  enterNotify,
  enterResolve,
  enterRoute,
  enterSetFields,
  enterTag,
  resumeEffect,
  resumeResolve,
  resumeRoute,
} from "./steps/actions";
import { enterCondition, enterSwitch } from "./steps/branching";
import { enterScorePriority, enterSetTier } from "./steps/scoring";
import { enterSlaTimer, enterWaitFor, wakeSlaTimer, wakeWaitFor } from "./steps/waits";

/** Runs a node on arrival. One case per kind; the `never` check makes a new kind a compile error here. */
export function enterNode(node: PlanNode, ctx: StepContext, plan: FlowPlan): StepOutcome {
  switch (node.type) {
    case "trigger":
      return { kind: "go", handle: "next", decision: "start", reason: `Started by ${node.config.on}` };
    case "condition":
      return enterCondition(node, ctx, plan);
    case "switch":
      return enterSwitch(node, ctx, plan);
    case "classify-intent":
      return enterClassifyIntent(node, ctx);
    case "detect-sentiment":
      return enterDetectSentiment(node, ctx);
    case "score-priority":
      return enterScorePriority(node, ctx, plan);
    case "set-tier":
      return enterSetTier(node, ctx);
    case "route":
      return enterRoute(node, ctx);
    case "ai-reply":
      return enterAiReply(node, ctx);
    case "wait-for":
      return enterWaitFor(node, ctx);
    case "sla-timer":
      return enterSlaTimer(node, ctx);
    case "escalate":
      return enterEscalate(node, ctx, plan);
    case "notify":
      return enterNotify(node, ctx, plan);
    case "set-fields":
      return enterSetFields(node, ctx);
    case "tag":
      return enterTag(node, ctx);
    case "resolve":
      return enterResolve(node, ctx, plan);
    case "csat-survey":
      return enterCsatSurvey(node, ctx);
    case "end":
      return { kind: "end", decision: "end", reason: node.config.outcome ? `Ended: ${node.config.outcome}` : "Flow ended" };
    default:
      return assertNever(node);
  }
}

/** Continues a node after the activity it asked for has finished (or finally failed). */
export function resumeNode(node: PlanNode, ctx: StepContext, phase: string, outcome: ActivityOutcome): StepOutcome {
  switch (node.type) {
    case "classify-intent":
      return resumeClassifyIntent(node, ctx, outcome);
    case "detect-sentiment":
      return resumeDetectSentiment(node, ctx, outcome);
    case "ai-reply":
      return resumeAiReply(node, ctx, phase, outcome);
    case "route":
      return resumeRoute(node, ctx, outcome);
    case "resolve":
      return resumeResolve(ctx, outcome);
    case "score-priority":
    case "set-tier":
    case "escalate":
    case "notify":
    case "set-fields":
    case "tag":
    case "csat-survey":
      return resumeEffect(phase, outcome);
    case "trigger":
    case "condition":
    case "switch":
    case "wait-for":
    case "sla-timer":
    case "end":
      throw new Error(`Node ${node.id} (${node.type}) never calls an activity`);
    default:
      return assertNever(node);
  }
}

/** Wakes a resting node: by the awaited event, or by its timer. */
export function wakeNode(node: PlanNode, ctx: StepContext, by: "event" | "timer"): StepOutcome {
  switch (node.type) {
    case "wait-for":
      return wakeWaitFor(node, ctx, by);
    case "sla-timer":
      return wakeSlaTimer(node, ctx, by);
    case "trigger":
    case "condition":
    case "switch":
    case "classify-intent":
    case "detect-sentiment":
    case "score-priority":
    case "set-tier":
    case "route":
    case "ai-reply":
    case "escalate":
    case "notify":
    case "set-fields":
    case "tag":
    case "resolve":
    case "csat-survey":
    case "end":
      throw new Error(`Node ${node.id} (${node.type}) never rests`);
    default:
      return assertNever(node);
  }
}
