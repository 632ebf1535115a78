"use client";

import { useId, useState, type KeyboardEvent } from "react";
import { X } from "lucide-react";
import { addKeywords } from "./tier-map-draft";

/**
 * Keywords as removable chips. Enter or a comma adds what was typed (several at once when pasted with
 * commas); Backspace in the empty box removes the last chip. Every chip's remove button is named for it.
 */
export function KeywordChips({ value, onChange, disabled }: { value: readonly string[]; onChange: (next: string[]) => void; disabled: boolean }) {
  const [typed, setTyped] = useState("");
  const inputId = useId();
  const hintId = useId();

  const commit = () => {
    if (typed.trim() === "") return;
    onChange(addKeywords(value, typed));
    setTyped("");
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "Enter" || e.key === ",") {
      e.preventDefault();
      commit();
    } else if (e.key === "Backspace" && typed === "" && value.length > 0) {
      onChange(value.slice(0, -1));
    }
  };

  return (
    <div>
      <label htmlFor={inputId} className="block text-[13px] font-medium text-zinc-700">
        Keywords
      </label>
      <p id={hintId} className="text-xs text-zinc-500">
        Whole words or phrases in the subject, first or latest message, any case: &ldquo;cancel&rdquo; matches &ldquo;Cancel!&rdquo; but not &ldquo;cancellation&rdquo;.
      </p>
      <div className="mt-1.5 flex flex-wrap items-center gap-1.5 rounded-md border border-zinc-300 bg-white p-1.5 focus-within:border-indigo-500 focus-within:ring-1 focus-within:ring-indigo-500">
        <ul aria-label="Keywords" className="contents">
          {value.map((k) => (
            <li key={k} className="inline-flex items-center gap-1 rounded bg-zinc-100 py-0.5 pl-2 pr-1 text-xs text-zinc-800">
              {k}
              {!disabled && (
                <button
                  type="button"
                  aria-label={`Remove keyword ${k}`}
                  className="rounded p-0.5 text-zinc-500 hover:bg-zinc-200 hover:text-zinc-900"
                  onClick={() => onChange(value.filter((v) => v !== k))}
                >
                  <X className="size-3" aria-hidden />
                </button>
              )}
            </li>
          ))}
        </ul>
        {!disabled && (
          <input
            id={inputId}
            aria-describedby={hintId}
            value={typed}
            onChange={(e) => setTyped(e.target.value)}
            onKeyDown={onKeyDown}
            onBlur={commit}
            placeholder={value.length === 0 ? "Type a keyword, press Enter" : "Add a keyword"}
            className="h-6 min-w-40 flex-1 rounded border-0 bg-transparent px-1 text-xs focus-visible:outline-offset-0"
          />
        )}
        {disabled && value.length === 0 && <span className="px-1 text-xs text-zinc-500">None</span>}
      </div>
    </div>
  );
}
