"use client";

import { useState, type ReactNode } from "react";
import type { TMetricId } from "@/lib/metrics/definition-texts";
import { cx } from "@/components/ui/cx";
import { DefinitionHint } from "./DefinitionHint";
import type { TDrillTarget, TOpenDrill } from "./drill";

export interface TChartTable {
  columns: string[];
  rows: Array<{ key: string; label: string; cells: ReactNode[]; drill?: TDrillTarget }>;
}

/**
 * A chart card with the same figures as a table one click away: the table gives the exact numbers, and a
 * keyboard a button per row to list its tickets (a click on a bar or point does the same with a pointer).
 */
export function ChartFrame({
  title,
  definition,
  caption,
  table,
  onDrill,
  empty,
  children,
  className,
}: {
  title: string;
  definition?: TMetricId;
  caption: ReactNode;
  table: TChartTable;
  onDrill: TOpenDrill;
  /** Said instead of the chart when there is nothing to draw. */
  empty?: string | null;
  children: ReactNode;
  className?: string;
}) {
  const [view, setView] = useState<"chart" | "table">("chart");
  return (
    <figure
      aria-label={title}
      className={cx(
        "min-w-0 rounded-lg border border-zinc-200 bg-white p-3 shadow-xs [&_.recharts-surface:focus-visible]:outline-2 [&_.recharts-surface:focus-visible]:outline-indigo-500",
        className,
      )}
    >
      <div className="mb-2 flex items-center justify-between gap-2">
        <h3 className="flex items-center gap-1.5 text-[13px] font-semibold text-zinc-900">
          {title}
          {definition && <DefinitionHint id={definition} />}
        </h3>
        {!empty && (
          <div role="radiogroup" aria-label={`Show ${title.toLowerCase()} as`} className="inline-flex rounded-md bg-zinc-100 p-0.5">
            {(["chart", "table"] as const).map((v) => (
              <button
                key={v}
                type="button"
                role="radio"
                aria-checked={view === v}
                onClick={() => setView(v)}
                className={cx("rounded px-2 py-0.5 text-[11px] font-medium focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-indigo-500", view === v ? "bg-white text-zinc-900 shadow-sm" : "text-zinc-600 hover:text-zinc-900")}
              >
                {v === "chart" ? "Chart" : "Table"}
              </button>
            ))}
          </div>
        )}
      </div>
      {empty ? (
        <p className="py-6 text-center text-[13px] text-zinc-500">{empty}</p>
      ) : view === "chart" ? (
        children
      ) : (
        <div className="max-h-80 overflow-auto">
          <table className="w-full text-left text-xs">
            <thead className="sticky top-0 bg-white">
              <tr className="border-b border-zinc-200 text-[11px] uppercase tracking-wide text-zinc-500">
                {table.columns.map((c, i) => (
                  <th key={c} scope="col" className={cx("px-2 py-1.5 font-medium", i > 0 && "text-right")}>
                    {c}
                  </th>
                ))}
                <th scope="col" className="px-2 py-1.5">
                  <span className="sr-only">Tickets</span>
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-zinc-100">
              {table.rows.map((row) => (
                <tr key={row.key}>
                  <th scope="row" className="px-2 py-1 font-normal text-zinc-800">
                    {row.label}
                  </th>
                  {row.cells.map((cell, i) => (
                    <td key={i} className="px-2 py-1 text-right tabular-nums text-zinc-800">
                      {cell}
                    </td>
                  ))}
                  <td className="px-2 py-1 text-right">
                    {row.drill && (
                      <button
                        type="button"
                        onClick={() => onDrill(row.drill!)}
                        className="rounded text-indigo-700 hover:underline focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-indigo-500"
                      >
                        Tickets<span className="sr-only"> behind {row.label}</span>
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <figcaption className="mt-1 text-xs text-zinc-500">{caption}</figcaption>
    </figure>
  );
}
