"use client";

import { useId, useState } from "react";
import { useMutation } from "@tanstack/react-query";
import { useTRPC } from "@/components/providers/trpc-provider";
import { Button } from "@/components/ui/Button";
import { errorText } from "@/components/ui/error-text";
import { MAX_DRAFT_CHARS } from "@/lib/knowledge/draft-check";

const count = (n: number) => n.toLocaleString("en-US");

/** "Test a draft": paste a reply and see which guardrail (if any) would stop it from being sent. */
export function DraftChecker({ categories }: { categories: string[] }) {
  const trpc = useTRPC();
  const [text, setText] = useState("");
  const [category, setCategory] = useState("");
  const check = useMutation(trpc.knowledge.guardrails.check.mutationOptions());
  const result = check.data;
  const counterId = useId();
  const length = text.trim().length;
  const over = length - MAX_DRAFT_CHARS;
  return (
    <form
      className="space-y-2"
      onSubmit={(e) => {
        e.preventDefault();
        if (over <= 0) check.mutate({ text, category: category || null });
      }}
    >
      <label className="block">
        <span className="block text-xs font-medium text-zinc-700">Draft to check</span>
        <textarea
          className={`mt-0.5 h-28 w-full rounded-md border p-2 text-[13px] ${over > 0 ? "border-red-500 outline-red-500" : "border-zinc-300"}`}
          value={text}
          aria-invalid={over > 0}
          aria-describedby={counterId}
          onChange={(e) => {
            setText(e.target.value);
            check.reset();
          }}
          placeholder="Paste an AI draft, e.g. “Your refund will be processed within 3 days.”"
        />
      </label>
      <p id={counterId} className={`text-xs tabular-nums ${over > 0 ? "font-medium text-red-700" : "text-zinc-500"}`}>
        {count(length)} of {count(MAX_DRAFT_CHARS)} characters
        {over > 0 && (
          <span role="alert" className="block font-normal">
            The test draft can be at most {count(MAX_DRAFT_CHARS)} characters: remove {count(over)} to check it.
          </span>
        )}
      </p>
      <div className="flex flex-wrap items-end gap-2">
        <label>
          <span className="block text-xs font-medium text-zinc-700">Category of the draft</span>
          <input className="h-8 rounded-md border border-zinc-300 px-2 text-[13px]" list="guardrail-categories" value={category} onChange={(e) => setCategory(e.target.value)} placeholder="optional" />
        </label>
        <Button type="submit" variant="primary" disabled={length === 0 || over > 0 || check.isPending}>
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
          {errorText(check.error)}
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
