import { MAX_PLAN_BYTES, megabytesText } from "../model/limits";
import type { CompileError, FlowPlan } from "../model/plan";

/**
 * A published plan is the input of every new ticket's workflow, and Temporal refuses an input over its payload
 * limit, so a plan too large would make every start fail. The editor says so while the flow is drawn and
 * publishing refuses it; both measure here. TextEncoder reads no clock and exists in the browser and the
 * workflow sandbox alike.
 */
export function planBytes(plan: FlowPlan): number {
  return new TextEncoder().encode(JSON.stringify(plan)).length;
}

export function planTooLargeMessage(bytes: number, limit: number = MAX_PLAN_BYTES): string {
  return `This flow compiles to ${megabytesText(bytes)}; the live engine takes at most ${megabytesText(limit)}: split it into smaller flows or shorten its longest messages and conditions.`;
}

/** The plan's problem, as one error about the whole graph, when it is too large to publish; none when it fits. */
export function planSizeErrors(plan: FlowPlan, limit: number = MAX_PLAN_BYTES): CompileError[] {
  const bytes = planBytes(plan);
  return bytes > limit ? [{ code: "too-large", message: planTooLargeMessage(bytes, limit) }] : [];
}
