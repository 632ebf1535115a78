import type { ReactNode } from "react";

export function Section({ title, aside, children }: { title: string; aside?: ReactNode; children: ReactNode }) {
  return (
    <section className="mb-8" aria-label={title}>
      <div className="mb-2 flex items-baseline justify-between gap-3">
        <h2 className="text-sm font-semibold text-zinc-900">{title}</h2>
        {aside && <div className="text-xs text-zinc-500">{aside}</div>}
      </div>
      {children}
    </section>
  );
}
