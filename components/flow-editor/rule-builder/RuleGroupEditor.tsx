"use client";

import { Plus, Trash2 } from "lucide-react";
import type { TRule, TRuleGroup } from "@/workflows/model";
import { Button } from "@/components/ui/Button";
import { cx } from "@/components/ui/cx";
import { Select } from "../panels/inputs";
import { newGroup, newRule, removeAt, replaceAt } from "./rule-ops";
import { RuleRow } from "./RuleRow";

const MATCH_OPTIONS = [
  { value: "all" as const, label: "ALL of these" },
  { value: "any" as const, label: "ANY of these" },
  { value: "not" as const, label: "NONE of these (NOT)" },
];

/** A rule group and its children, recursively; nested groups are indented with a coloured rail. */
export function RuleGroupEditor({ group, onChange, onRemove, depth = 0 }: { group: TRuleGroup; onChange: (g: TRuleGroup) => void; onRemove?: () => void; depth?: number }) {
  const rules = Array.isArray(group.rules) ? group.rules : [];
  const setChild = (i: number, child: TRule | TRuleGroup) => onChange({ ...group, rules: replaceAt(rules, i, child) });
  const removeChild = (i: number) => onChange({ ...group, rules: removeAt(rules, i) });
  return (
    <div className={cx("space-y-1.5 rounded-md p-1.5", depth === 0 ? "bg-zinc-50" : "border-l-2 border-indigo-300 bg-indigo-50/40")} data-testid="rule-group">
      <div className="flex items-center gap-1">
        <div className="w-44">
          <Select value={group.match} options={MATCH_OPTIONS} onChange={(match) => match && onChange({ ...group, match })} />
        </div>
        {onRemove && (
          <button type="button" aria-label="Remove group" className="ml-auto px-1 text-zinc-400 hover:text-red-600" onClick={onRemove}>
            <Trash2 className="size-3.5" />
          </button>
        )}
      </div>
      {rules.length === 0 && <p className="px-1 text-[11px] text-zinc-500">Empty group: add a rule.</p>}
      {rules.map((child, i) =>
        child.kind === "group" ? (
          <RuleGroupEditor key={i} group={child} depth={depth + 1} onChange={(g) => setChild(i, g)} onRemove={() => removeChild(i)} />
        ) : (
          <RuleRow key={i} rule={child} onChange={(r) => setChild(i, r)} onRemove={() => removeChild(i)} />
        ),
      )}
      <div className="flex gap-1">
        <Button size="sm" variant="ghost" onClick={() => onChange({ ...group, rules: [...rules, newRule()] })}>
          <Plus className="size-3" /> Rule
        </Button>
        <Button size="sm" variant="ghost" onClick={() => onChange({ ...group, rules: [...rules, newGroup(group.match === "any" ? "all" : "any")] })}>
          <Plus className="size-3" /> Group
        </Button>
      </div>
    </div>
  );
}
