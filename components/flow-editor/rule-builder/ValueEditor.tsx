"use client";

import type { TRule } from "@/workflows/model";
import { intentLabelsIn } from "@/workflows/lint/unknown-intent-labels";
import { regexProblem } from "@/workflows/compile/regex-problem";
import { cx } from "@/components/ui/cx";
import { useIntentLabels } from "../intent-labels";
import { NumberInput, Select, TagInput, TextInput } from "../panels/inputs";
import { specOf } from "./rule-ops";

/**
 * The value part of a rule, shaped by its operator and its field's type; none for is_true / is_empty. Values
 * of `intent.label` are suggested from the labels tickets can get, and a label they never get is pointed out.
 */
export function ValueEditor({ rule, onChange }: { rule: TRule; onChange: (rule: TRule) => void }) {
  const intents = useIntentLabels();
  if (rule.field === "intent.label" && intents !== null && intents.labels.length > 0 && isLabelOp(rule)) {
    const unknown = intentLabelsIn(rule).filter((v) => !intents.labels.includes(v));
    return (
      <div className="space-y-0.5">
        <PlainValueEditor rule={rule} onChange={onChange} suggestions={intents.labels} />
        {unknown.length > 0 && (
          <p className="text-[11px] text-amber-700">
            {unknown.map((v) => JSON.stringify(v)).join(", ")} {unknown.length === 1 ? "is not a label" : "are not labels"} of {intents.source}:{" "}
            {rule.op === "not_equals" || rule.op === "not_in" ? "this always holds." : "this never matches."}
          </p>
        )}
      </div>
    );
  }
  return <PlainValueEditor rule={rule} onChange={onChange} />;
}

type LabelRule = Extract<TRule, { op: "equals" | "not_equals" | "in" | "not_in" }>;

function isLabelOp(rule: TRule): rule is LabelRule {
  return rule.op === "equals" || rule.op === "not_equals" || rule.op === "in" || rule.op === "not_in";
}

function PlainValueEditor({ rule, onChange, suggestions }: { rule: TRule; onChange: (rule: TRule) => void; suggestions?: readonly string[] }) {
  const spec = specOf(rule.field);
  const set = (patch: Record<string, unknown>) => onChange({ ...rule, ...patch } as TRule);
  switch (rule.op) {
    case "contains_any":
    case "contains_none":
      return <TagInput values={rule.values ?? []} placeholder="Words, Enter after each" onChange={(values) => set({ values })} />;
    case "matches_regex":
      return (
        <div className="space-y-0.5">
          <TextInput value={rule.pattern ?? ""} placeholder="e.g. refund|chargeback" invalid={regexError(rule.pattern) !== undefined} onChange={(pattern) => set({ pattern })} />
          {regexError(rule.pattern) && <p className="text-[11px] text-red-600">{regexError(rule.pattern)}</p>}
        </div>
      );
    case "equals":
    case "not_equals":
      if (spec?.type === "enum" && spec.values) return <Select value={rule.value as string} options={spec.values.map((v) => ({ value: v, label: v }))} onChange={(value) => set({ value })} />;
      if (spec?.type === "number") return <NumberInput value={rule.value} onChange={(value) => set({ value })} />;
      return <TextInput value={typeof rule.value === "string" ? rule.value : String(rule.value ?? "")} suggestions={suggestions} onChange={(value) => set({ value })} />;
    case "in":
    case "not_in":
      if (spec?.type === "enum" && spec.values) return <EnumChips options={spec.values} values={rule.values ?? []} onChange={(values) => set({ values })} />;
      return (
        <TagInput
          values={(rule.values ?? []).map(String)}
          placeholder="Values, Enter after each"
          suggestions={suggestions}
          onChange={(values) => set({ values: spec?.type === "number" ? values.map(Number).filter(Number.isFinite) : values })}
        />
      );
    case "gt":
    case "gte":
    case "lt":
    case "lte":
      return <NumberInput value={rule.value} onChange={(value) => set({ value })} />;
    case "between":
      return (
        <div className="flex items-center gap-1">
          <NumberInput value={rule.min} onChange={(min) => set({ min })} />
          <span className="text-[11px] text-zinc-500">and</span>
          <NumberInput value={rule.max} onChange={(max) => set({ max })} />
        </div>
      );
    case "is_true":
    case "is_false":
    case "is_empty":
    case "is_not_empty":
      return null;
  }
}

/** The compiler's own check (the engine flows run on), so the editor never accepts what publishing refuses. */
function regexError(pattern: string | undefined): string | undefined {
  if (!pattern) return undefined;
  const problem = regexProblem(pattern);
  return problem === undefined ? undefined : `Not a usable pattern: ${problem}.`;
}

function EnumChips({ options, values, onChange }: { options: readonly string[]; values: ReadonlyArray<string | number>; onChange: (v: string[]) => void }) {
  return (
    <div className="flex flex-wrap gap-1">
      {options.map((o) => {
        const on = values.includes(o);
        return (
          <button
            key={o}
            type="button"
            aria-pressed={on}
            className={cx("rounded px-1.5 py-0.5 text-[11px] ring-1 ring-inset", on ? "bg-indigo-600 text-white ring-indigo-600" : "bg-white text-zinc-700 ring-zinc-300")}
            onClick={() => onChange(on ? values.filter((v) => v !== o).map(String) : [...values.map(String), o])}
          >
            {o}
          </button>
        );
      })}
    </div>
  );
}
