"use client";

import type { ReactNode } from "react";
import type { TMetricId } from "@/lib/metrics/definition-texts";
import { Badge } from "@/components/ui/Badge";
import { DefinitionHint } from "./DefinitionHint";
import type { TDrillTarget, TOpenDrill } from "./drill";
import { tooFew } from "./format";

/**
 * One headline figure: its value, the counts it came from and, for a rate, its interval. The value is a button
 * that lists the tickets behind it, where there is a list to show.
 */
export function MetricCard({
  label,
  definition,
  value,
  counts,
  sample,
  drill,
  onDrill,
  children,
}: {
  label: string;
  definition: TMetricId;
  value: string;
  /** "212 of 1,034 tickets", and the interval. */
  counts: ReactNode;
  /** The number of answers a rate rests on: below the minimum it says so. */
  sample?: number;
  drill?: TDrillTarget;
  onDrill: TOpenDrill;
  children?: ReactNode;
}) {
  const figure = (
    <span className="flex items-baseline gap-2">
      <span className="text-2xl font-semibold tabular-nums text-zinc-900">{value}</span>
      {sample !== undefined && tooFew(sample) && sample > 0 && <Badge tone="amber">too few to compare</Badge>}
    </span>
  );
  return (
    <div role="group" aria-label={label} className="flex flex-col rounded-lg border border-zinc-200 bg-white p-3 shadow-xs">
      <div className="flex items-center gap-1.5 text-[11px] font-medium uppercase tracking-wide text-zinc-500">
        {label}
        <DefinitionHint id={definition} />
      </div>
      {drill ? (
        <button
          type="button"
          onClick={() => onDrill(drill)}
          title="Show the tickets behind this figure"
          className="mt-1 -mx-1 rounded px-1 text-left hover:bg-indigo-50/60 focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-indigo-500"
        >
          {figure}
          <span className="sr-only">: show the tickets</span>
        </button>
      ) : (
        <div className="mt-1">{figure}</div>
      )}
      <div className="mt-0.5 text-xs text-zinc-600">{counts}</div>
      {children}
    </div>
  );
}
