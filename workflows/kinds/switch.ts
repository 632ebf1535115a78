import { z } from "zod";
import { checkRuleTree } from "../compile/check-rules";
import { compileError, quote, type CompileNode } from "../compile/context";
import { evaluateGroup, type LeafVerdict } from "../interpret/evaluate-rules";
import type { HandleSpec } from "../model/handles";
import type { CompileError } from "../model/plan";
import { ZRuleGroupSchema } from "../model/rules";
import type { KindDef } from "./kind-def";
import { explain } from "./shared/explain-rules";
import { label } from "./shared/schema-parts";

/** Ordered cases, each a rule tree with its own output, and a fallback output when none matches. */
export const ZSwitchDataSchema = z.object({
  label,
  cases: z
    .array(z.object({ id: z.string().min(1, "Case id is required"), label: z.string().min(1, "Name the case"), rules: ZRuleGroupSchema }))
    .min(1, "Add at least one case"),
});

const fallback: HandleSpec = { id: "fallback", label: "fallback", required: true };

export const switchKind: KindDef<"switch"> = {
  title: "Switch",
  schema: ZSwitchDataSchema,
  outputs: (data) => [...(data?.cases ?? []).map((c) => ({ id: c.id, label: c.label, required: true })), { ...fallback }],
  outputsOfUnparsed: readableCaseOutputs,
  check: (node, data) => [
    ...checkCaseIds(node, data.cases),
    ...data.cases.flatMap((c, i) => checkRuleTree(node, c.rules, `cases.${i}.rules`, `case ${quote(c.label)}: `)),
  ],
  /** Cases are tried in order; the first that matches wins, like a helpdesk's ordered triggers. */
  enter(node, ctx, plan) {
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
  },
};

/**
 * The outputs of a switch whose config did not parse: its case ids as far as they are readable, or
 * nothing known (skip the handle checks) when the cases are not even a list.
 */
function readableCaseOutputs(rawData: unknown): HandleSpec[] | undefined {
  const cases = (rawData as { cases?: unknown } | null | undefined)?.cases;
  if (!Array.isArray(cases)) return undefined;
  const readable = cases.flatMap((c: unknown) => {
    const id = (c as { id?: unknown } | null)?.id;
    const label = (c as { label?: unknown } | null)?.label;
    return typeof id === "string" && id.length > 0 ? [{ id, label: typeof label === "string" ? label : id, required: true }] : [];
  });
  return [...readable, { ...fallback }];
}

/** Case ids name the switch's outputs, so two equal ids (or one called "fallback") would share an output. */
function checkCaseIds(node: CompileNode, cases: ReadonlyArray<{ id: string; label: string }>): CompileError[] {
  const errors: CompileError[] = [];
  const seen = new Map<string, string>();
  cases.forEach((c, i) => {
    const first = seen.get(c.id);
    if (c.id === "fallback") {
      const message = `${node.name}: case ${quote(c.label)} uses the id "fallback", which is reserved for the fallback output; rename it`;
      errors.push(compileError({ code: "duplicate-case-id", message, nodeId: node.id, field: `cases.${i}.id` }));
    } else if (first !== undefined) {
      const message = `${node.name}: cases ${quote(first)} and ${quote(c.label)} share the id ${quote(c.id)}; each case needs its own id because it names an output`;
      errors.push(compileError({ code: "duplicate-case-id", message, nodeId: node.id, field: `cases.${i}.id` }));
    } else {
      seen.set(c.id, c.label);
    }
  });
  return errors;
}
