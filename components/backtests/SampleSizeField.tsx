"use client";

import { useId } from "react";
import { cx } from "@/components/ui/cx";
import { MAX_SAMPLE_SIZE } from "@/lib/backtests/sample-size";

const FIELD = "h-8 w-full rounded-md border bg-white px-2 text-[13px] text-zinc-900 focus:outline-none focus:ring-1";

/**
 * The start dialog's sample size: checked as it is typed, with a sentence under the field saying what to type
 * instead of an impossible value. Text, not type="number": a number input reports "abc" as an empty value, and
 * an empty sample size means every ticket, so a typo would silently replay the whole selection.
 */
export function SampleSizeField({ value, problem, onChange }: { value: string; problem: string | null; onChange: (value: string) => void }) {
  const inputId = useId();
  const hintId = useId();
  const problemId = useId();
  return (
    <div className="space-y-1">
      <label htmlFor={inputId} className="block text-xs font-medium text-zinc-700">
        Sample size
      </label>
      <input
        id={inputId}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        className={cx(FIELD, problem !== null ? "border-red-500 focus:border-red-600 focus:ring-red-600" : "border-zinc-300 focus:border-indigo-500 focus:ring-indigo-500")}
        placeholder="Every ticket in the selection"
        value={value}
        aria-invalid={problem !== null}
        aria-describedby={problem !== null ? `${problemId} ${hintId}` : hintId}
        onChange={(e) => onChange(e.target.value)}
      />
      {problem !== null && (
        <p id={problemId} role="alert" className="text-xs text-red-700">
          {problem}
        </p>
      )}
      <p id={hintId} className="text-[11px] text-zinc-500">
        A seeded random sample of 1 to {MAX_SAMPLE_SIZE.toLocaleString("en")} tickets, so the same settings replay the same tickets.
      </p>
    </div>
  );
}
