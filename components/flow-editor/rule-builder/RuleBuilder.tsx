"use client";

import { useState } from "react";
import { Maximize2 } from "lucide-react";
import type { TRuleGroup } from "@/workflows/model";
import { Button } from "@/components/ui/Button";
import { ruleSummary } from "../lib/node-summary";
import { RuleBuilderDialog } from "./RuleBuilderDialog";
import { RuleGroupEditor } from "./RuleGroupEditor";

function asGroup(value: unknown): TRuleGroup {
  const v = value as Partial<TRuleGroup> | undefined;
  if (v && v.kind === "group" && Array.isArray(v.rules)) return v as TRuleGroup;
  return { kind: "group", match: "all", rules: [] };
}

/**
 * The visual rule builder with its plain-language summary underneath; "Open wide editor" gives nested rules
 * the room the config panel lacks.
 */
export function RuleBuilder({ value, onChange, title = "Rules" }: { value: unknown; onChange: (group: TRuleGroup) => void; title?: string }) {
  const group = asGroup(value);
  const [wide, setWide] = useState(false);
  return (
    <div className="space-y-1.5">
      <Button size="sm" variant="secondary" className="w-full" onClick={() => setWide(true)}>
        <Maximize2 className="size-3" aria-hidden /> Open wide editor
      </Button>
      {wide && <RuleBuilderDialog title={title} group={group} onChange={onChange} onClose={() => setWide(false)} />}
      <RuleGroupEditor group={group} onChange={onChange} />
      <p className="rounded-md bg-amber-50 px-2 py-1.5 text-[11px] leading-snug text-amber-900" data-testid="rule-summary">
        {ruleSummary(group)}
      </p>
    </div>
  );
}
