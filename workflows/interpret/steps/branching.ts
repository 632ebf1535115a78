import type { FlowPlan, PlanNodeOf } from "../../model/plan";
import { evaluateGroup, type LeafVerdict } from "../evaluate-rules";
import type { FieldValue } from "../read-field";
import type { StepContext, StepOutcome } from "../step-kit";

export function enterCondition(node: PlanNodeOf<"condition">, ctx: StepContext, plan: FlowPlan): StepOutcome {
  const seen: LeafVerdict[] = [];
  const result = evaluateGroup(node.config.rules, ctx.state, plan, seen);
  return {
    kind: "go",
    handle: result ? "true" : "false",
    decision: result ? "true" : "false",
    reason: explain(seen),
    details: { checked: seen },
  };
}

/** Cases are tried in order; the first that matches wins, like a helpdesk's ordered triggers. */
export function enterSwitch(node: PlanNodeOf<"switch">, ctx: StepContext, plan: FlowPlan): StepOutcome {
  const tried: Array<{ case: string; matched: boolean; checked: LeafVerdict[] }> = [];
  for (const c of node.config.cases) {
    const seen: LeafVerdict[] = [];
    const matched = evaluateGroup(c.rules, ctx.state, plan, seen);
    tried.push({ case: c.label, matched, checked: seen });
    if (matched) {
      return { kind: "go", handle: c.id, decision: c.label, reason: `Case "${c.label}" matched: ${explain(seen)}`, details: { tried } };
    }
  }
  return { kind: "go", handle: "fallback", decision: "fallback", reason: `No case matched (${tried.length} tried)`, details: { tried } };
}

export function explain(seen: readonly LeafVerdict[]): string {
  if (seen.length === 0) return "no rules to check";
  // ✓ marks a leaf that speaks for the condition: one that holds, or, under NOT, one that does not.
  // A loop rather than map/join: every condition a backtest replays builds one.
  let out = "";
  for (let i = 0; i < seen.length; i++) {
    const l = seen[i]!;
    if (i > 0) out += "; ";
    out += `${l.matched !== (l.negated === true) ? "✓" : "✗"} ${l.negated ? `not: ${l.rule}` : l.rule} (was ${showValue(l.actual)})`;
  }
  return out;
}

function showValue(value: FieldValue): string {
  if (value === null) return "unknown";
  if (typeof value === "string") return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  if (Array.isArray(value)) return `[${value.join(", ")}]`;
  return String(value);
}

