"use client";

import { useMemo } from "react";
import { changeReasons } from "@/lib/backtests/change-reasons";
import type { ChangedRow } from "./changed-rows";

const SHOWN = 8;

/**
 * Why outcomes changed, in a few lines: the changed tickets grouped by the node where the two runs part (by its
 * label) and every difference the ticket would see, most tickets first, each with one ticket's explanation.
 * "Show these tickets" filters the table.
 */
export function ChangeReasons({ rows, truncated, onShow }: { rows: readonly ChangedRow[]; truncated: boolean; onShow: (focus: { divergenceNode: string; change: string }) => void }) {
  const reasons = useMemo(() => changeReasons(rows), [rows]);
  if (reasons.length === 0) return null;
  const rest = reasons.slice(SHOWN).reduce((sum, r) => sum + r.count, 0);
  return (
    <section aria-labelledby="change-reasons" className="mb-3 rounded-lg border border-zinc-200 bg-white p-3 shadow-xs">
      <h3 id="change-reasons" className="text-[13px] font-semibold text-zinc-900">
        Why outcomes changed{truncated ? " (among the tickets in the table)" : ""}
      </h3>
      <ol className="mt-2 space-y-1.5" aria-label="Reasons outcomes changed">
        {reasons.slice(0, SHOWN).map((r) => (
          <li key={`${r.divergenceNodeId}\u0000${r.change}`} className="flex items-start gap-3 text-[13px]">
            <span className="w-20 shrink-0 text-right font-semibold tabular-nums text-zinc-900">
              {r.count.toLocaleString("en")} <span className="font-normal text-zinc-500">({share(r.count, rows.length)})</span>
            </span>
            <span className="min-w-0 flex-1">
              <span className="font-medium text-zinc-900">{r.change}</span>
              <span className="text-zinc-600">
                {" "}
                · parts at <span className="font-medium text-zinc-800">{r.divergenceNode}</span>
              </span>
              <span className="block truncate text-xs text-zinc-500" title={r.example}>
                e.g. {r.example}
              </span>
            </span>
            <button
              type="button"
              className="shrink-0 rounded text-xs font-medium text-indigo-700 hover:underline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600"
              aria-label={`Show these tickets: ${r.change}, parting at ${r.divergenceNode}`}
              onClick={() => onShow(r)}
            >
              Show these tickets
            </button>
          </li>
        ))}
      </ol>
      {rest > 0 && <p className="mt-1 text-xs text-zinc-500">and {rest.toLocaleString("en")} more tickets for {reasons.length - SHOWN} other reasons (filter the table below).</p>}
    </section>
  );
}

function share(count: number, total: number): string {
  return `${Math.round((count / total) * 100)}%`;
}
