"use client";

import type { TRuleGroup } from "@/workflows/model";
import { ruleSummary } from "../lib/node-summary";
import { RuleGroupEditor } from "./RuleGroupEditor";

function asGroup(value: unknown): TRuleGroup {
  const v = value as Partial<TRuleGroup> | undefined;
  if (v && v.kind === "group" && Array.isArray(v.rules)) return v as TRuleGroup;
  return { kind: "group", match: "all", rules: [] };
}

/** The visual rule builder with its plain-language summary underneath. */
export function RuleBuilder({ value, onChange }: { value: unknown; onChange: (group: TRuleGroup) => void }) {
  const group = asGroup(value);
  return (
    <div className="space-y-1.5">
      <RuleGroupEditor group={group} onChange={onChange} />
      <p className="rounded-md bg-amber-50 px-2 py-1.5 text-[11px] leading-snug text-amber-900" data-testid="rule-summary">
        {ruleSummary(group)}
      </p>
    </div>
  );
}
