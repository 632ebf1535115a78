"use client";

import type { RouterOutputs } from "@/server/api/root";
import { describeCategorySource } from "@/lib/history-import/category-source";
import { Skeleton } from "@/components/ui/Skeleton";

type TPreview = RouterOutputs["historyImport"]["zendeskCategories"];

/** "the first 500 tickets" or "the 10 tickets in this file": what the counts were taken over. */
export function previewScope(p: Pick<TPreview, "complete" | "census">): string {
  const n = p.census.tickets.toLocaleString("en");
  return p.complete ? `the ${n} tickets in this file` : `the first ${n} tickets`;
}

/**
 * What the picked option gives on the file's first tickets: the categories with their counts, or, when it gives
 * none, why, so a wrong id shows before the import and not after it.
 */
export function CategoryPreview({ preview, pending, error }: { preview: TPreview | undefined; pending: boolean; error: string | null }) {
  if (error) {
    return (
      <p role="alert" className="text-sm text-rose-700">
        {error}
      </p>
    );
  }
  if (!preview) {
    return (
      <div role="status" aria-label="Reading the categories this choice gives" className="space-y-1.5">
        <Skeleton className="h-4 w-64" />
        <Skeleton className="h-4 w-48" />
      </div>
    );
  }
  const { chosen, census } = preview;
  const scope = previewScope(preview);
  return (
    <section aria-label="Categories this choice gives" aria-busy={pending} className="rounded-lg border border-zinc-200 bg-white px-3 py-2 text-[13px]">
      {chosen.kind === "none" ? (
        <p className="text-zinc-700">No category is taken from the file: the audit categorises every ticket from its text.</p>
      ) : census.categorised === 0 ? (
        <p className="text-amber-800">
          {chosen.kind === "automatic"
            ? `No custom field in ${scope} is named like a category (Category, Topic, Contact reason…), so the audit would categorise them. If one of the fields above holds the category, pick it.`
            : `None of ${scope} has a category from ${describeCategorySource(chosen)}. Check the ${chosen.kind === "field" ? "id or title" : "prefix"}; you can still import if later tickets have it.`}
        </p>
      ) : (
        <>
          <p className="text-zinc-700">
            {census.categorised.toLocaleString("en")} of {scope} get a category from {describeCategorySource(chosen)}:
          </p>
          <ul className="mt-1 flex flex-wrap gap-1.5" aria-label="Categories found">
            {census.categories.map((c) => (
              <li key={c.category} className="rounded bg-indigo-50 px-1.5 py-0.5 text-xs text-indigo-900 ring-1 ring-inset ring-indigo-200">
                {c.category} <span className="tabular-nums text-indigo-600">{c.tickets.toLocaleString("en")}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
