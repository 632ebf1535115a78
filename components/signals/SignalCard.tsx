import type { ReactNode } from "react";
import { Examples, type TExample } from "./Examples";
import { TrendChart, type TTrendWindow } from "./TrendChart";

/** One signal: its name, a badge, its figures in words, its weekly trend and a few example tickets. */
export function SignalCard({
  title,
  badge,
  figures,
  trend,
  windows,
  unit,
  examples,
  children,
}: {
  title: string;
  badge?: ReactNode;
  figures: ReactNode;
  trend: readonly number[];
  windows: readonly TTrendWindow[];
  unit?: string;
  examples: readonly TExample[];
  children?: ReactNode;
}) {
  return (
    <li aria-label={title} className="min-w-0 rounded-lg border border-zinc-200 bg-white p-3 shadow-xs">
      <div className="flex items-baseline justify-between gap-2">
        <h3 className="truncate text-[13px] font-semibold text-zinc-900">{title}</h3>
        {badge}
      </div>
      <p className="mt-1 text-[13px] text-zinc-700">{figures}</p>
      <TrendChart label={title} counts={trend} windows={windows} unit={unit} />
      <Examples examples={examples} />
      {children}
    </li>
  );
}
