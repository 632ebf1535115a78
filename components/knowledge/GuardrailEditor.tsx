"use client";

import { useState } from "react";
import { Button } from "@/components/ui/Button";
import type { GuardrailForm } from "./guardrail-form";

const INPUT = "w-full rounded-md border border-zinc-300 px-2 text-[13px]";

/** The fields of one guardrail, for a new rule or an edit. */
export function GuardrailEditor({
  initial,
  submitLabel,
  busy,
  error,
  onSubmit,
  onCancel,
}: {
  initial: GuardrailForm;
  submitLabel: string;
  busy: boolean;
  error: string | null;
  onSubmit: (form: GuardrailForm) => void;
  onCancel?: () => void;
}) {
  const [form, setForm] = useState(initial);
  const set = (patch: Partial<GuardrailForm>) => setForm((f) => ({ ...f, ...patch }));
  return (
    <form
      aria-label={submitLabel}
      className="grid gap-2 rounded-lg border border-zinc-200 bg-white p-3 md:grid-cols-2"
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit(form);
      }}
    >
      <label className="md:col-span-2">
        <span className="block text-xs font-medium text-zinc-700">Rule</span>
        <input className={`${INPUT} h-8`} value={form.rule} onChange={(e) => set({ rule: e.target.value })} placeholder="Never promise a refund timeline" required />
      </label>
      <label>
        <span className="block text-xs font-medium text-zinc-700">Kind</span>
        <select className={`${INPUT} h-8`} value={form.kind} onChange={(e) => set({ kind: e.target.value as GuardrailForm["kind"] })}>
          <option value="phrases">Phrases (whole words, any case)</option>
          <option value="regex">Regular expressions</option>
        </select>
      </label>
      <label>
        <span className="block text-xs font-medium text-zinc-700">Categories</span>
        <input className={`${INPUT} h-8`} value={form.categories} onChange={(e) => set({ categories: e.target.value })} placeholder="all categories when empty; comma-separated" />
      </label>
      <label className="md:col-span-2">
        <span className="block text-xs font-medium text-zinc-700">Patterns (one per line)</span>
        <textarea className={`${INPUT} h-24 py-1 font-mono text-xs`} value={form.patterns} onChange={(e) => set({ patterns: e.target.value })} required />
      </label>
      <label className="flex items-center gap-2 text-[13px]">
        <input type="checkbox" checked={form.enabled} onChange={(e) => set({ enabled: e.target.checked })} />
        Enabled
      </label>
      <div className="flex items-center justify-end gap-2">
        {onCancel && (
          <Button variant="ghost" onClick={onCancel} disabled={busy}>
            Cancel
          </Button>
        )}
        <Button type="submit" variant="primary" disabled={busy}>
          {busy ? "Saving…" : submitLabel}
        </Button>
      </div>
      {error && (
        <p role="alert" className="text-[13px] text-red-700 md:col-span-2">
          {error}
        </p>
      )}
    </form>
  );
}
