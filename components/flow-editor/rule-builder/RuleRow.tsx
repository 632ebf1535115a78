"use client";

import { Trash2 } from "lucide-react";
import { FIELDS, FIELD_NAMES, type TRule, type TRuleOp } from "@/workflows/model";
import { Select } from "../panels/inputs";
import { OPERATOR_LABELS } from "@/workflows/model";
import { makeRule, operatorsFor, specOf, withField } from "./rule-ops";
import { ValueEditor } from "./ValueEditor";

const FIELD_OPTIONS = FIELD_NAMES.map((f) => ({ value: f as string, label: FIELDS[f].label }));

/** One leaf: field, operator (only those the field's type allows), value. */
export function RuleRow({ rule, onChange, onRemove }: { rule: TRule; onChange: (r: TRule) => void; onRemove: () => void }) {
  const known = specOf(rule.field) !== undefined;
  // A rule on a field the catalogue no longer has stays visible (the compiler reports it) until changed.
  const fieldOptions = known ? FIELD_OPTIONS : [{ value: rule.field, label: `${rule.field} (unknown)` }, ...FIELD_OPTIONS];
  const ops = operatorsFor(rule.field);
  return (
    <div className="space-y-1 rounded-md border border-zinc-200 bg-white p-1.5" data-testid="rule-row">
      {/* Field on its own line: labels like "Subject, first and latest message" need the width. */}
      <div className="flex gap-1">
        <div className="min-w-0 flex-1">
          <Select value={rule.field} options={fieldOptions} onChange={(f) => f !== undefined && onChange(withField(rule, f))} />
        </div>
        <button type="button" aria-label="Remove rule" className="shrink-0 px-1 text-zinc-400 hover:text-red-600" onClick={onRemove}>
          <Trash2 className="size-3.5" />
        </button>
      </div>
      <Select<TRuleOp>
        value={rule.op}
        options={(ops.length > 0 ? ops : [rule.op]).map((op) => ({ value: op, label: OPERATOR_LABELS[op] }))}
        onChange={(op) => op !== undefined && onChange(makeRule(rule.field, op, rule))}
      />
      <ValueEditor rule={rule} onChange={onChange} />
    </div>
  );
}
