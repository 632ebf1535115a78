import { PRIORITIES } from "../../model/fields";
import type { FlowPlan, PlanNodeOf } from "../../model/plan";
import { evaluateGroup, type LeafVerdict } from "../evaluate-rules";
import { tierByMap } from "../tier-by-map";
import { callActivity, idempotencyKey, ticketId, type StepContext, type StepOutcome } from "../step-kit";

/**
 * Priority as a score: the ticket's current priority (low 0 … urgent 3) plus the points of every boost
 * whose rules hold, clamped to the scale. Pure, so backtests need no activity to score.
 */
export function enterScorePriority(node: PlanNodeOf<"score-priority">, ctx: StepContext, plan: FlowPlan): StepOutcome {
  const s = ctx.state;
  const base = PRIORITIES.indexOf(s.ticket!.priority);
  let score = base;
  const applied: Array<{ boost: string; points: number }> = [];
  for (const boost of node.config.boosts) {
    const seen: LeafVerdict[] = [];
    if (evaluateGroup(boost.rules, s, plan, seen)) {
      score += boost.points;
      applied.push({ boost: boost.label, points: boost.points });
    }
  }
  const clamped = Math.max(0, Math.min(PRIORITIES.length - 1, score));
  const priority = PRIORITIES[clamped]!;
  s.facts.priorityScore = score;
  const reason =
    applied.length === 0
      ? `No boost applied; priority stays ${priority}`
      : `${applied.map((a) => `${a.boost} (${a.points > 0 ? "+" : ""}${a.points})`).join(", ")}: score ${score} → ${priority}`;
  const details = { base, score, priority, applied };
  if (node.config.setTicketPriority && priority !== s.ticket!.priority) {
    s.ticket!.priority = priority;
    return callActivity("updateTicket", { ticketId: ticketId(s), changes: { priority }, idempotencyKey: idempotencyKey(s, node) }, "updated", {
      note: { decision: priority, reason, details },
    });
  }
  return { kind: "go", handle: "next", decision: priority, reason, details };
}

/**
 * The tier by the workspace's tier map when the node asks for it and the run has one; otherwise by the
 * node's own settings (a fixed tier, then its intent table, then its fallback).
 */
export function enterSetTier(node: PlanNodeOf<"set-tier">, ctx: StepContext): StepOutcome {
  const s = ctx.state;
  const intent = s.facts.intent?.label ?? null;
  const map = s.ticket!.tierMap;
  let tier: number;
  let reason: string;
  let details: Record<string, unknown>;
  if (node.config.useTierMap === true && map !== null) {
    const byMap = tierByMap(map, s.ticket!, s.facts);
    tier = byMap.tier;
    reason = byMap.reason;
    details = { tier, intent, tierMapVersion: map.version, source: byMap.source, escalation: byMap.escalation.map((h) => h.criterion) };
  } else {
    const own = tierByNode(node, intent);
    tier = own.tier;
    // Plans compiled before the option existed have no useTierMap: they behave as before.
    reason = node.config.useTierMap === true ? `No tier map saved; ${lowerFirst(own.reason)}` : own.reason;
    details = { tier, intent };
  }
  s.ticket!.tier = tier;
  return callActivity("updateTicket", { ticketId: ticketId(s), changes: { tier }, idempotencyKey: idempotencyKey(s, node) }, "updated", {
    note: { decision: `tier ${tier}`, reason, details },
  });
}

function tierByNode(node: PlanNodeOf<"set-tier">, intent: string | null): { tier: number; reason: string } {
  const mapped = intent !== null ? node.config.byIntent[intent] : undefined;
  const tier = node.config.tier ?? mapped ?? node.config.fallbackTier;
  const reason =
    node.config.tier !== undefined
      ? `Tier ${tier} set by the flow`
      : mapped !== undefined
        ? `Intent ${intent} maps to tier ${tier}`
        : `No tier mapped for intent ${intent ?? "unknown"}; fallback tier ${tier}`;
  return { tier, reason };
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
