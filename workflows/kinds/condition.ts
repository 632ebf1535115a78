import { z } from "zod";
import { checkRuleTree } from "../compile/check-rules";
import { evaluateGroup, type LeafVerdict } from "../interpret/evaluate-rules";
import { ZRuleGroupSchema } from "../model/rules";
import type { KindDef } from "./kind-def";
import { explain } from "./shared/explain-rules";
import { label } from "./shared/schema-parts";

/** Branches on a rule tree (nested ALL / ANY / NOT groups) over the ticket and what the flow found out. */
export const ZConditionDataSchema = z.object({ label, rules: ZRuleGroupSchema });

export const condition: KindDef<"condition"> = {
  title: "Condition",
  schema: ZConditionDataSchema,
  outputs: () => [
    { id: "true", label: "true", required: true },
    { id: "false", label: "false", required: true },
  ],
  check: (node, data) => checkRuleTree(node, data.rules, "rules"),
  enter(node, ctx, plan) {
    const seen: LeafVerdict[] = [];
    const result = evaluateGroup(node.config.rules, ctx.state, plan, seen);
    return {
      kind: "go",
      handle: result ? "true" : "false",
      decision: result ? "true" : "false",
      reason: explain(seen),
      details: { checked: seen },
    };
  },
};
