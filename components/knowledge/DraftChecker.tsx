"use client";

import { useState } from "react";
import { useMutation } from "@tanstack/react-query";
import { useTRPC } from "@/components/providers/trpc-provider";
import { Button } from "@/components/ui/Button";

/** "Test a draft": paste a reply and see which guardrail (if any) would stop it from being sent. */
export function DraftChecker({ categories }: { categories: string[] }) {
  const trpc = useTRPC();
  const [text, setText] = useState("");
  const [category, setCategory] = useState("");
  const check = useMutation(trpc.knowledge.guardrails.check.mutationOptions());
  const result = check.data;
  return (
    <form
      className="space-y-2"
      onSubmit={(e) => {
        e.preventDefault();
        check.mutate({ text, category: category || null });
      }}
    >
      <label className="block">
        <span className="block text-xs font-medium text-zinc-700">Draft to check</span>
        <textarea
          className="mt-0.5 h-28 w-full rounded-md border border-zinc-300 p-2 text-[13px]"
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            check.reset();
          }}
          placeholder="Paste an AI draft, e.g. “Your refund will be processed within 3 days.”"
        />
      </label>
      <div className="flex flex-wrap items-end gap-2">
        <label>
          <span className="block text-xs font-medium text-zinc-700">Category of the draft</span>
          <input className="h-8 rounded-md border border-zinc-300 px-2 text-[13px]" list="guardrail-categories" value={category} onChange={(e) => setCategory(e.target.value)} placeholder="optional" />
        </label>
        <Button type="submit" variant="primary" disabled={text.trim() === "" || check.isPending}>
          {check.isPending ? "Checking…" : "Check draft"}
        </Button>
      </div>
      <datalist id="guardrail-categories">
        {categories.map((c) => (
          <option key={c} value={c} />
        ))}
      </datalist>
      {check.error && (
        <p role="alert" className="text-[13px] text-red-700">
          {check.error.message}
        </p>
      )}
      {result &&
        (result.verdict.ok ? (
          <p role="status" className="rounded-md bg-emerald-50 p-2 text-[13px] text-emerald-800">
            No guardrail blocks this draft ({result.rulesChecked} enabled {result.rulesChecked === 1 ? "rule" : "rules"} checked).
          </p>
        ) : (
          <div role="alert" className="rounded-md bg-red-50 p-2 text-[13px] text-red-800">
            <p>
              Blocked by “{result.verdict.rule}”{result.verdict.matched ? <> (matched “{result.verdict.matched}”)</> : null}. This draft would not be sent; the ticket goes to a person with the rule named.
            </p>
            {result.problem && <p className="mt-1 text-xs">{result.problem}</p>}
          </div>
        ))}
    </form>
  );
}
