import "server-only";
import { planBytes } from "../../../workflows/compile/plan-size";
import { MAX_PLAN_BYTES } from "../../../workflows/model/limits";
import type { FlowPlan } from "../../../workflows/model/plan";
import { PlanTooLargeError } from "./flow-errors";

export { planSizeErrors } from "../../../workflows/compile/plan-size";

/** Refuses, at publish, a plan too large to be a workflow's input (see workflows/compile/plan-size.ts). */
export function assertPlanFits(plan: FlowPlan, limit = MAX_PLAN_BYTES): number {
  const bytes = planBytes(plan);
  if (bytes > limit) throw new PlanTooLargeError(bytes, limit);
  return bytes;
}
