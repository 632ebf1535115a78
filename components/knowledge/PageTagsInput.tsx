"use client";

import { useId, useState } from "react";
import { Globe, X } from "lucide-react";
import { normalisePageTag } from "@/lib/knowledge/page-tags";
import { Button } from "@/components/ui/Button";

const LABEL = "block text-xs font-medium text-zinc-700";

/**
 * The pages an article applies to, as removable chips and an input that adds one on Enter, comma or "Add page".
 * Each page is checked as it is added, with the same rule the server saves by, so a mistake is explained here and
 * not on save. Leaving the input adds what was typed (or says why it is not a page): a page typed but not added
 * would otherwise be lost on save without a word.
 */
export function PageTagsInput({ pages, onChange, disabled }: { pages: string[]; onChange: (pages: string[]) => void; disabled: boolean }) {
  const id = useId();
  const [draft, setDraft] = useState("");
  const [error, setError] = useState<string | null>(null);

  function add(raw: string): void {
    const parts = raw.split(/[\s,]+/).filter((p) => p !== "");
    if (parts.length === 0) return;
    const added: string[] = [];
    for (const part of parts) {
      const checked = normalisePageTag(part);
      if (!checked.ok) {
        setError(checked.error);
        return;
      }
      if (!pages.includes(checked.tag) && !added.includes(checked.tag)) added.push(checked.tag);
    }
    onChange([...pages, ...added]);
    setDraft("");
    setError(null);
  }

  return (
    <div role="group" aria-labelledby={`${id}-label`} aria-describedby={`${id}-help`}>
      <span id={`${id}-label`} className={LABEL}>
        Pages
      </span>
      <p id={`${id}-help`} className="mt-0.5 text-xs text-zinc-500">
        Show this article first to customers on these pages. A path such as <code>/billing</code> covers <code>/billing/invoices</code> on any
        site; a full address such as <code>https://help.example.com/billing</code> only on that site.
      </p>
      <div className="mt-1 flex min-h-8 flex-wrap items-center gap-1.5 rounded-md border border-zinc-300 bg-white px-1.5 py-1 focus-within:ring-2 focus-within:ring-indigo-500/30">
        {pages.length > 0 && (
          <ul aria-label="Pages of this article" className="contents">
            {pages.map((page) => (
              <li key={page} className="inline-flex max-w-full items-center gap-1 rounded bg-sky-50 py-0.5 pl-1.5 pr-0.5 font-mono text-xs text-sky-800 ring-1 ring-inset ring-sky-600/20">
                <Globe aria-hidden className="size-3 shrink-0" />
                <span className="truncate">{page}</span>
                {!disabled && (
                  <button
                    type="button"
                    aria-label={`Remove page ${page}`}
                    className="rounded p-0.5 hover:bg-sky-100"
                    onClick={() => onChange(pages.filter((p) => p !== page))}
                  >
                    <X aria-hidden className="size-3" />
                  </button>
                )}
              </li>
            ))}
          </ul>
        )}
        {!disabled && (
          <input
            aria-label="Add a page"
            aria-invalid={error !== null}
            aria-errormessage={error === null ? undefined : `${id}-error`}
            className="h-6 min-w-48 flex-1 border-0 px-1 text-[13px] outline-none"
            placeholder={pages.length === 0 ? "/billing or https://help.example.com/billing" : "Add another page"}
            value={draft}
            onChange={(e) => {
              setDraft(e.target.value);
              setError(null);
            }}
            onKeyDown={(e) => {
              // Enter adds the page instead of submitting the article form.
              if (e.key === "Enter" || e.key === ",") {
                e.preventDefault();
                add(draft);
              } else if (e.key === "Backspace" && draft === "" && pages.length > 0) onChange(pages.slice(0, -1));
            }}
            onBlur={() => add(draft)}
          />
        )}
        {disabled && pages.length === 0 && <span className="px-1 text-[13px] text-zinc-500">No pages: shown wherever its words match.</span>}
      </div>
      {!disabled && (
        <div className="mt-1 flex flex-wrap items-start gap-2">
          <Button size="sm" onClick={() => add(draft)} disabled={draft.trim() === ""}>
            Add page
          </Button>
          {error !== null && (
            <p id={`${id}-error`} role="alert" className="text-xs text-red-700">
              {error}
            </p>
          )}
        </div>
      )}
    </div>
  );
}
