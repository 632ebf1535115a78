import "server-only";
import { compile } from "../../../workflows/compile";
import { PLAN_VERSION, type FlowPlan } from "../../../workflows/model/plan";
import { describeCompileError } from "./flow-errors";

/**
 * A stored plan as a run uses it: as stored when it has the current plan version; else (stored before an upgrade)
 * compiled again from its graph, so live runs and backtests of the same version read it the same way. The queue
 * check is left out: a queue deleted since must not stop a published version, or a half-done backtest, from running.
 */
export function currentPlanOf(label: string, plan: unknown, graph: unknown): FlowPlan {
  if (isCurrentPlan(plan)) return plan;
  const result = compile(graph);
  if (result.ok) return result.plan;
  throw new Error(`${label} no longer compiles: ${result.errors.map(describeCompileError).join("; ")}`);
}

function isCurrentPlan(plan: unknown): plan is FlowPlan {
  return typeof plan === "object" && plan !== null && (plan as { planVersion?: unknown }).planVersion === PLAN_VERSION;
}
