"use client";

import { Plus, Trash2 } from "lucide-react";
import { Button } from "@/components/ui/Button";
import { useIntentLabels } from "../intent-labels";
import { NumberInput, Select, TextInput } from "./inputs";

type Entry<V> = [string, V];

function entriesOf<V>(value: unknown): Entry<V>[] {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (Object.entries(value) as Entry<V>[]) : [];
}

/** A key → value map edited as rows; renaming a key keeps the row's position. */
function MapRows<V>({
  value,
  onChange,
  blank,
  keyPlaceholder,
  keySuggestions,
  renderValue,
  rowHint,
}: {
  value: unknown;
  onChange: (v: Record<string, V>) => void;
  blank: V;
  keyPlaceholder: string;
  keySuggestions?: readonly string[];
  renderValue: (v: V, set: (v: V) => void) => React.ReactNode;
  /** A line under a row (e.g. what the data suggests for its key). */
  rowHint?: (key: string, set: (v: V) => void) => React.ReactNode;
}) {
  const rows = entriesOf<V>(value);
  const emit = (next: Entry<V>[]) => onChange(Object.fromEntries(next));
  return (
    <div className="space-y-1">
      {rows.map(([k, v], i) => {
        const setValue = (nv: V) => emit(rows.map((r, j) => (j === i ? [r[0], nv] : r)));
        return (
          <div key={i}>
            <div className="flex gap-1">
              <TextInput value={k} placeholder={keyPlaceholder} suggestions={keySuggestions} onChange={(key) => emit(rows.map((r, j) => (j === i ? [key, r[1]] : r)))} />
              <div className="w-28 shrink-0">{renderValue(v, setValue)}</div>
              <button type="button" aria-label="Remove row" className="px-1 text-zinc-400 hover:text-red-600" onClick={() => emit(rows.filter((_, j) => j !== i))}>
                <Trash2 className="size-3.5" />
              </button>
            </div>
            {rowHint?.(k, setValue)}
          </div>
        );
      })}
      <Button size="sm" onClick={() => emit([...rows, [uniqueKey(rows), blank]])}>
        <Plus className="size-3" /> Add
      </Button>
    </div>
  );
}

/** Keys must be unique or the row would vanish when the map is rebuilt. */
function uniqueKey(rows: ReadonlyArray<Entry<unknown>>): string {
  const taken = new Set(rows.map((r) => r[0]));
  let n = 1;
  while (taken.has(`key-${n}`)) n++;
  return rows.length === 0 && !taken.has("") ? "" : `key-${n}`;
}

const TIERS = [1, 2, 3].map((t) => ({ value: t, label: `Tier ${t}` }));

export function TierMapEditor({ value, onChange }: { value: unknown; onChange: (v: Record<string, number>) => void }) {
  const intents = useIntentLabels();
  return <MapRows<number> value={value} onChange={onChange} blank={2} keyPlaceholder="Intent, e.g. password_reset" keySuggestions={intents?.labels} renderValue={(v, set) => <Select value={v} options={TIERS} onChange={(t) => t !== undefined && set(t)} />} />;
}

/** Custom helpdesk fields; values are stored as text, which every helpdesk accepts. */
export function FieldMapEditor({ value, onChange }: { value: unknown; onChange: (v: Record<string, string | number | boolean>) => void }) {
  return <MapRows<string | number | boolean> value={value} onChange={onChange} blank="" keyPlaceholder="Field name" renderValue={(v, set) => <TextInput value={String(v)} onChange={set} />} />;
}

/** Confidence thresholds (0–1) per intent, overriding the node's own. */
export function ThresholdsEditor({ value, onChange }: { value: unknown; onChange: (v: Record<string, number>) => void }) {
  const intents = useIntentLabels();
  return (
    <MapRows<number>
      value={value}
      onChange={onChange}
      blank={0.8}
      keyPlaceholder="Intent, e.g. card_arrival"
      keySuggestions={intents?.labels}
      rowHint={(key, set) => {
        const precise = intents?.precise?.[key];
        if (precise === undefined) return null;
        return (
          <p className="mt-0.5 flex items-center gap-2 text-[11px] text-zinc-500">
            97% right from {precise.threshold.toFixed(2)} in cross-validation (answers {Math.round(precise.coverage * 100)}% of &quot;{key}&quot;)
            <button type="button" className="text-indigo-700 hover:underline" onClick={() => set(precise.threshold)}>
              Use {precise.threshold.toFixed(2)}
            </button>
          </p>
        );
      }}
      renderValue={(v, set) => <NumberInput value={v} min={0} max={1} step={0.05} onChange={(t) => t !== undefined && set(t)} />}
    />
  );
}

const MODES = [
  { value: "shadow", label: "Shadow" },
  { value: "assist", label: "Assist" },
  { value: "autonomous", label: "Autonomous" },
];

/** An AI reply's mode per intent, overriding the node's own: one proven intent goes autonomous, the rest stay. */
export function ModesEditor({ value, onChange }: { value: unknown; onChange: (v: Record<string, string>) => void }) {
  const intents = useIntentLabels();
  return (
    <MapRows<string>
      value={value}
      onChange={onChange}
      blank="autonomous"
      keyPlaceholder="Intent, e.g. order_status"
      keySuggestions={intents?.labels}
      renderValue={(v, set) => <Select value={v} options={MODES} onChange={(m) => m !== undefined && set(String(m))} />}
    />
  );
}
