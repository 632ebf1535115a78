import { kindDef } from "../kinds";
import type { TNodeKind } from "../model/nodes";
import type { FlowPlan, PlanNodeOf } from "../model/plan";
import type { ActivityOutcome, StepContext, StepOutcome } from "./step-kit";

/** Runs a node on arrival, as its kind says (see `workflows/kinds/`). */
export function enterNode<K extends TNodeKind>(node: PlanNodeOf<K>, ctx: StepContext, plan: FlowPlan): StepOutcome {
  return kindDef(node.type).enter(node, ctx, plan);
}

/** Continues a node after the activity it asked for has finished (or finally failed). */
export function resumeNode<K extends TNodeKind>(node: PlanNodeOf<K>, ctx: StepContext, phase: string, outcome: ActivityOutcome): StepOutcome {
  const def = kindDef(node.type);
  if (def.resume === undefined) throw new Error(`Node ${node.id} (${node.type}) never calls an activity`);
  return def.resume(node, ctx, phase, outcome);
}

/** Wakes a resting node: by the awaited event, or by its timer. */
export function wakeNode<K extends TNodeKind>(node: PlanNodeOf<K>, ctx: StepContext, by: "event" | "timer"): StepOutcome {
  const def = kindDef(node.type);
  if (def.wake === undefined) throw new Error(`Node ${node.id} (${node.type}) never rests`);
  return def.wake(node, ctx, by);
}
