import type { ReactNode } from "react";

/** A section of the review: its items as a list, or one sentence when it has none. */
export function ReviewSection({ title, hint, empty, children }: { title: string; hint?: string; empty: string | null; children: ReactNode }) {
  return (
    <section aria-label={title} className="space-y-2">
      <div>
        <h2 className="text-sm font-semibold text-zinc-900">{title}</h2>
        {hint && <p className="max-w-3xl text-xs text-zinc-600">{hint}</p>}
      </div>
      {empty !== null ? <p className="rounded-lg border border-dashed border-zinc-300 px-3 py-2 text-[13px] text-zinc-600">{empty}</p> : <ul className="space-y-2">{children}</ul>}
    </section>
  );
}
