"use client";

import { Trash2 } from "lucide-react";
import { FIELDS, FIELD_NAMES, type TRule, type TRuleOp } from "@/workflows/model";
import { Select } from "../panels/inputs";
import { OPERATOR_LABELS } from "@/workflows/model";
import { makeRule, operatorsFor, specOf, withField } from "./rule-ops";
import { ValueEditor } from "./ValueEditor";
import { useWideRules } from "./wide-rules";

const FIELD_OPTIONS = FIELD_NAMES.map((f) => ({ value: f as string, label: FIELDS[f].label }));

/** One leaf: field, operator (only those the field's type allows), value; stacked in the panel, in a row when wide. */
export function RuleRow({ rule, onChange, onRemove }: { rule: TRule; onChange: (r: TRule) => void; onRemove: () => void }) {
  const known = specOf(rule.field) !== undefined;
  // A rule on a field the catalogue no longer has stays visible (the compiler reports it) until changed.
  const fieldOptions = known ? FIELD_OPTIONS : [{ value: rule.field, label: `${rule.field} (unknown)` }, ...FIELD_OPTIONS];
  const ops = operatorsFor(rule.field);
  const wide = useWideRules();
  const description = specOf(rule.field)?.description;
  const field = (
    <div className="min-w-0">
      <Select label="Field" value={rule.field} options={fieldOptions} onChange={(f) => f !== undefined && onChange(withField(rule, f))} />
      {description !== undefined && <p className="mt-0.5 text-[11px] leading-snug text-zinc-500">{description}</p>}
    </div>
  );
  const operator = (
    <Select<TRuleOp>
      label="Operator"
      value={rule.op}
      options={(ops.length > 0 ? ops : [rule.op]).map((op) => ({ value: op, label: OPERATOR_LABELS[op] }))}
      onChange={(op) => op !== undefined && onChange(makeRule(rule.field, op, rule))}
    />
  );
  const remove = (
    <button type="button" aria-label="Remove rule" className="shrink-0 px-1 text-zinc-400 hover:text-red-600" onClick={onRemove}>
      <Trash2 className="size-3.5" />
    </button>
  );
  if (wide) {
    return (
      <div className="grid grid-cols-[minmax(12rem,1.1fr)_minmax(10rem,0.8fr)_minmax(14rem,1.6fr)_auto] items-start gap-2 rounded-md border border-zinc-200 bg-white p-1.5" data-testid="rule-row">
        {field}
        {operator}
        <div className="min-w-0">
          <ValueEditor rule={rule} onChange={onChange} />
        </div>
        {remove}
      </div>
    );
  }
  return (
    <div className="space-y-1 rounded-md border border-zinc-200 bg-white p-1.5" data-testid="rule-row">
      {/* Field on its own line: labels like "Subject, first and latest message" need the width. */}
      <div className="flex gap-1">
        <div className="min-w-0 flex-1">{field}</div>
        {remove}
      </div>
      {operator}
      <ValueEditor rule={rule} onChange={onChange} />
    </div>
  );
}
