import type { BacktestMetrics, CategoryMetrics, ConfusionCounts } from "../types";
import { createHistogram } from "./histogram";

export function createMetrics(): BacktestMetrics {
  return {
    tickets: 0,
    outcomes: { automated: 0, escalated: 0, routed: 0, "no-action": 0 },
    deflected: 0,
    tierMix: {},
    routing: createConfusion(),
    intent: createConfusion(),
    escalationsByReason: {},
    firstResponse: createHistogram(),
    resolution: createHistogram(),
    slaBreaches: 0,
    agentSecondsSaved: 0,
    aiReplies: { sent: 0, shadow: 0, assist: 0, handoff: 0, blocked: 0 },
    guardrailBlocks: 0,
    byCategory: {},
    nodeHits: {},
  };
}

export function createConfusion(): ConfusionCounts {
  return { compared: 0, correct: 0, matrix: {} };
}

export function createCategoryMetrics(): CategoryMetrics {
  return { tickets: 0, automated: 0, escalated: 0, routedCorrectly: 0, slaBreaches: 0, agentSecondsSaved: 0 };
}
