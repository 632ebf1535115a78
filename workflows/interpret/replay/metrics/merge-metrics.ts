import type { BacktestMetrics, ConfusionCounts } from "../types";
import { createCategoryMetrics } from "./create-metrics";
import { mergeHistogram } from "./histogram";
import { NODE_HIT_SAMPLE } from "./add-to-metrics";

/**
 * Adds `from` into `into`. Associative, and merging chunk metrics in ticket order gives exactly the metrics
 * of adding every ticket to one: counts are integers, and node-hit samples keep the first tickets in order.
 */
export function mergeMetrics(into: BacktestMetrics, from: BacktestMetrics): void {
  into.tickets += from.tickets;
  for (const k of Object.keys(from.outcomes) as Array<keyof BacktestMetrics["outcomes"]>) into.outcomes[k] += from.outcomes[k];
  into.deflected += from.deflected;
  addCounts(into.tierMix, from.tierMix);
  mergeConfusion(into.routing, from.routing);
  mergeConfusion(into.intent, from.intent);
  addCounts(into.escalationsByReason, from.escalationsByReason);
  mergeHistogram(into.firstResponse, from.firstResponse);
  mergeHistogram(into.resolution, from.resolution);
  into.slaBreaches += from.slaBreaches;
  into.agentSecondsSaved += from.agentSecondsSaved;
  for (const k of Object.keys(from.aiReplies) as Array<keyof BacktestMetrics["aiReplies"]>) into.aiReplies[k] += from.aiReplies[k];
  into.guardrailBlocks += from.guardrailBlocks;
  for (const [category, c] of Object.entries(from.byCategory)) {
    const t = (into.byCategory[category] ??= createCategoryMetrics());
    t.tickets += c.tickets;
    t.automated += c.automated;
    t.escalated += c.escalated;
    t.routedCorrectly += c.routedCorrectly;
    t.slaBreaches += c.slaBreaches;
    t.agentSecondsSaved += c.agentSecondsSaved;
  }
  for (const [nodeId, decisions] of Object.entries(from.nodeHits)) {
    const target = (into.nodeHits[nodeId] ??= {});
    for (const [decision, hits] of Object.entries(decisions)) {
      const t = (target[decision] ??= { count: 0, sample: [] });
      t.count += hits.count;
      for (const id of hits.sample) {
        if (t.sample.length >= NODE_HIT_SAMPLE) break;
        t.sample.push(id);
      }
    }
  }
}

function addCounts(into: Record<string, number>, from: Record<string, number>): void {
  for (const [k, n] of Object.entries(from)) into[k] = (into[k] ?? 0) + n;
}

function mergeConfusion(into: ConfusionCounts, from: ConfusionCounts): void {
  into.compared += from.compared;
  into.correct += from.correct;
  for (const [actual, row] of Object.entries(from.matrix)) addCounts((into.matrix[actual] ??= {}), row);
}
