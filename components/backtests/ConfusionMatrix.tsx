import { ScrollArea } from "@/components/ui/ScrollArea";
import type { TConfusionView } from "@/lib/backtests/metrics-view";
import { cx } from "@/components/ui/cx";
import { percent } from "@/components/ui/format";

/**
 * Routing against the recorded queue: one row per queue the ticket actually went to, one column per queue the
 * flow chose. The diagonal is right; the darker an off-diagonal cell, the more tickets went astray there.
 */
export function ConfusionMatrix({ matrix, label }: { matrix: TConfusionView; label: string }) {
  if (matrix.compared === 0) return <p className="text-[13px] text-zinc-500">No ticket had both a recorded queue and a routed queue to compare.</p>;
  const max = Math.max(1, ...matrix.rows.flatMap((r) => Object.entries(r.predicted).filter(([p]) => p !== r.actual).map(([, n]) => n)));
  return (
    <div className="space-y-1">
      <p className="text-xs text-zinc-600">
        {label}: {percent(matrix.accuracy)} of {matrix.compared.toLocaleString("en")} routed tickets went to their recorded queue.
      </p>
      <ScrollArea label={`Routing confusion matrix: ${label}`} className="overflow-x-auto rounded-lg border border-zinc-200 bg-white shadow-xs">
        <table className="border-collapse text-[12px]" aria-label={`Routing confusion matrix: ${label}`}>
          <thead>
            <tr>
              <th scope="col" className="px-2 py-1.5 text-left text-[11px] font-medium text-zinc-500">
                Recorded ↓ / routed →
              </th>
              {matrix.labels.map((l) => (
                <th key={l} scope="col" className="px-2 py-1.5 text-[11px] font-medium text-zinc-600">
                  {l}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {matrix.rows.map((row) => (
              <tr key={row.actual} className="border-t border-zinc-100">
                <th scope="row" className="whitespace-nowrap px-2 py-1 text-left font-medium text-zinc-700">
                  {row.actual}
                </th>
                {matrix.labels.map((l) => {
                  const n = row.predicted[l] ?? 0;
                  const right = l === row.actual;
                  const shade = right || n === 0 ? undefined : `rgba(239, 68, 68, ${0.1 + 0.5 * (n / max)})`;
                  return (
                    <td key={l} className={cx("px-2 py-1 text-center tabular-nums", right && n > 0 && "bg-emerald-50 font-medium text-emerald-800", n === 0 && "text-zinc-500")} style={shade ? { backgroundColor: shade } : undefined}>
                      {n}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollArea>
    </div>
  );
}
