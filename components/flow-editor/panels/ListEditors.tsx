"use client";

import { Plus, Trash2 } from "lucide-react";
import type { TNodeData, TRuleGroup } from "@/workflows/model";
import { Button } from "@/components/ui/Button";
import { RuleBuilder } from "../rule-builder/RuleBuilder";
import { newGroup, removeAt, replaceAt } from "../rule-builder/rule-ops";
import { Select, TextInput } from "./inputs";

type Case = TNodeData<"switch">["cases"][number];
type Boost = TNodeData<"score-priority">["boosts"][number];

function asList<T>(value: unknown): T[] {
  return Array.isArray(value) ? (value as T[]) : [];
}

/** A fresh id that is not taken; ids are edge handles, so they never change once created. */
function freshId(prefix: string, items: ReadonlyArray<{ id?: unknown }>): string {
  const taken = new Set(items.map((i) => i.id));
  let n = items.length + 1;
  while (taken.has(`${prefix}-${n}`)) n++;
  return `${prefix}-${n}`;
}

function Card({ title, onRemove, children }: { title: string; onRemove: () => void; children: React.ReactNode }) {
  return (
    <div className="space-y-1.5 rounded-md border border-zinc-200 p-2">
      <div className="flex items-center justify-between text-[11px] font-medium text-zinc-500">
        {title}
        <button type="button" aria-label={`Remove ${title}`} className="text-zinc-400 hover:text-red-600" onClick={onRemove}>
          <Trash2 className="size-3.5" />
        </button>
      </div>
      {children}
    </div>
  );
}

/** Switch cases: each a name (shown on its output handle) and a rule group; ids stay fixed so edges survive renames. */
export function CasesEditor({ value, onChange }: { value: unknown; onChange: (v: Case[]) => void }) {
  const cases = asList<Case>(value);
  return (
    <div className="space-y-2">
      {cases.map((c, i) => (
        <Card key={c.id ?? i} title={`Case ${i + 1} · output "${c.id}"`} onRemove={() => onChange(removeAt(cases, i))}>
          <TextInput value={c.label ?? ""} placeholder="Case name" onChange={(label) => onChange(replaceAt(cases, i, { ...c, label }))} />
          <RuleBuilder value={c.rules} title={`Rules of case "${c.label || c.id}"`} onChange={(rules: TRuleGroup) => onChange(replaceAt(cases, i, { ...c, rules }))} />
        </Card>
      ))}
      <Button size="sm" onClick={() => onChange([...cases, { id: freshId("case", cases), label: `Case ${cases.length + 1}`, rules: newGroup("all") }])}>
        <Plus className="size-3" /> Add case
      </Button>
      <p className="text-[11px] text-zinc-400">Cases are tried in order; the first that holds wins, else the fallback output.</p>
    </div>
  );
}

const POINTS = [-3, -2, -1, 1, 2, 3].map((p) => ({ value: p, label: p > 0 ? `+${p}` : String(p) }));

/** Score-priority boosts: when the rules hold, add (or subtract) points. */
export function BoostsEditor({ value, onChange }: { value: unknown; onChange: (v: Boost[]) => void }) {
  const boosts = asList<Boost>(value);
  return (
    <div className="space-y-2">
      {boosts.map((b, i) => (
        <Card key={b.id ?? i} title={`Boost ${i + 1}`} onRemove={() => onChange(removeAt(boosts, i))}>
          <div className="flex gap-1">
            <TextInput value={b.label ?? ""} placeholder="Why, e.g. Enterprise customer" onChange={(label) => onChange(replaceAt(boosts, i, { ...b, label }))} />
            <div className="w-16 shrink-0">
              <Select value={b.points} options={POINTS} onChange={(points) => points !== undefined && onChange(replaceAt(boosts, i, { ...b, points }))} />
            </div>
          </div>
          <RuleBuilder value={b.rules} title={`Rules of boost ${i + 1}${b.label ? ` "${b.label}"` : ""}`} onChange={(rules: TRuleGroup) => onChange(replaceAt(boosts, i, { ...b, rules }))} />
        </Card>
      ))}
      <Button size="sm" onClick={() => onChange([...boosts, { id: freshId("boost", boosts), label: "", rules: newGroup("all"), points: 1 }])}>
        <Plus className="size-3" /> Add boost
      </Button>
    </div>
  );
}
