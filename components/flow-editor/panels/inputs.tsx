"use client";

import { useEffect, useId, useState, type KeyboardEvent, type ReactNode } from "react";
import { X } from "lucide-react";
import { cx } from "@/components/ui/cx";
import { withTypedWords } from "../lib/typed-words";

export const INPUT = "h-7 w-full rounded-md border border-zinc-300 bg-white px-2 text-xs text-zinc-900 focus:border-indigo-500 focus:outline-none focus:ring-1 focus:ring-indigo-500";

export function FieldRow({ label, htmlFor, hint, messages, children }: { label: string; htmlFor?: string; hint?: string; messages?: readonly string[]; children: ReactNode }) {
  return (
    <div className="space-y-1">
      <label htmlFor={htmlFor} className="block text-[11px] font-medium text-zinc-600">
        {label}
      </label>
      {children}
      {hint && <p className="text-[11px] text-zinc-400">{hint}</p>}
      {messages?.map((m, i) => (
        <p key={i} role="alert" className="text-[11px] text-red-600">
          {m}
        </p>
      ))}
    </div>
  );
}

/** `suggestions`: offered as the browser's completion list (a <datalist>); any other text is still accepted. */
export function TextInput({ id, value, onChange, multiline, placeholder, invalid, suggestions }: { id?: string; value: string; onChange: (v: string) => void; multiline?: boolean; placeholder?: string; invalid?: boolean; suggestions?: readonly string[] }) {
  const listId = useId();
  const cls = cx(INPUT, invalid && "border-red-400");
  if (multiline) return <textarea id={id} rows={3} className={cx(cls, "h-auto py-1")} value={value} placeholder={placeholder} onChange={(e) => onChange(e.target.value)} />;
  return (
    <>
      <input id={id} className={cls} value={value} placeholder={placeholder} list={suggestions ? listId : undefined} onChange={(e) => onChange(e.target.value)} />
      {suggestions && <Suggestions id={listId} values={suggestions} />}
    </>
  );
}

function Suggestions({ id, values }: { id: string; values: readonly string[] }) {
  return (
    <datalist id={id}>
      {values.map((v) => (
        <option key={v} value={v} />
      ))}
    </datalist>
  );
}

/**
 * Keeps what the user typed ("0.", "-") as text and reports a number only when it parses, so typing
 * is never fought by re-formatting; an empty box reports undefined.
 */
export function NumberInput({ id, value, onChange, min, max, step, invalid }: { id?: string; value: unknown; onChange: (v: number | undefined) => void; min?: number; max?: number; step?: number; invalid?: boolean }) {
  const [draft, setDraft] = useState(typeof value === "number" ? String(value) : "");
  useEffect(() => {
    if (typeof value === "number" && Number(draft) !== value) setDraft(String(value));
    if (value === undefined && draft !== "" && !Number.isNaN(Number(draft))) setDraft("");
    // Only external changes (undo, another editor) should rewrite the box.
  }, [value]);
  return (
    <input
      id={id}
      type="number"
      className={cx(INPUT, invalid && "border-red-400")}
      value={draft}
      min={min}
      max={max}
      step={step ?? "any"}
      onChange={(e) => {
        setDraft(e.target.value);
        const n = e.target.value.trim() === "" ? undefined : Number(e.target.value);
        if (n === undefined || Number.isFinite(n)) onChange(n);
      }}
    />
  );
}

export function Select<T extends string | number>({ id, label, value, options, onChange, allowEmpty, invalid }: { id?: string; /** The name when no <label> points at it. */ label?: string; value: T | undefined; options: ReadonlyArray<{ value: T; label: string }>; onChange: (v: T | undefined) => void; allowEmpty?: boolean; invalid?: boolean }) {
  const index = options.findIndex((o) => o.value === value);
  return (
    <select
      id={id}
      aria-label={label}
      className={cx(INPUT, "pr-6", invalid && "border-red-400")}
      value={index === -1 ? "" : String(index)}
      onChange={(e) => onChange(e.target.value === "" ? undefined : options[Number(e.target.value)]?.value)}
    >
      {(allowEmpty || index === -1) && <option value="">{allowEmpty ? "—" : "Choose…"}</option>}
      {options.map((o, i) => (
        <option key={String(o.value)} value={String(i)}>
          {o.label}
        </option>
      ))}
    </select>
  );
}

/**
 * A list of short strings: Enter or comma confirms, × removes, Backspace in an empty box removes the last.
 * What is being typed is already reported as the list's last entry (shown in the box, not as a chip yet),
 * so autosave keeps a value the user has not confirmed with Enter.
 */
export function TagInput({ id, values, onChange, placeholder, suggestions }: { id?: string; values: readonly string[]; onChange: (v: string[]) => void; placeholder?: string; suggestions?: readonly string[] }) {
  const listId = useId();
  const [draft, setDraft] = useState("");
  // The confirmed words while something is typed; undefined when the box is empty.
  const [confirmed, setConfirmed] = useState<readonly string[] | undefined>(undefined);
  const chips = confirmed ?? values;
  const type = (text: string) => {
    const base = confirmed ?? values;
    setDraft(text);
    setConfirmed(text === "" ? undefined : base);
    onChange(withTypedWords(base, text));
  };
  const confirm = () => {
    setDraft("");
    setConfirmed(undefined);
  };
  const remove = (v: string) => {
    const base = chips.filter((x) => x !== v);
    if (confirmed !== undefined) setConfirmed(base);
    onChange(withTypedWords(base, draft));
  };
  const onKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "Enter" || e.key === ",") {
      e.preventDefault();
      confirm();
    } else if (e.key === "Backspace" && draft === "" && values.length > 0) onChange(values.slice(0, -1));
  };
  return (
    <div className="flex min-h-7 flex-wrap items-center gap-1 rounded-md border border-zinc-300 bg-white px-1 py-0.5 focus-within:border-indigo-500">
      {chips.map((v) => (
        <span key={v} className="inline-flex items-center gap-0.5 rounded bg-zinc-100 px-1.5 text-[11px] text-zinc-800">
          {v}
          <button type="button" aria-label={`Remove ${v}`} className="text-zinc-400 hover:text-zinc-700" onClick={() => remove(v)}>
            <X className="size-3" />
          </button>
        </span>
      ))}
      <input
        id={id}
        className="h-6 min-w-16 flex-1 bg-transparent px-1 text-xs focus:outline-none"
        value={draft}
        placeholder={chips.length === 0 ? (placeholder ?? "Type and press Enter") : ""}
        list={suggestions ? listId : undefined}
        onChange={(e) => type(e.target.value)}
        onKeyDown={onKey}
        onBlur={confirm}
      />
      {suggestions && <Suggestions id={listId} values={suggestions.filter((v) => !values.includes(v))} />}
    </div>
  );
}
