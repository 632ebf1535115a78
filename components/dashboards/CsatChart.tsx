"use client";

import { Bar, BarChart, CartesianGrid, ErrorBar, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { TMetricSummary } from "@/workflows/metrics";
import { Badge } from "@/components/ui/Badge";
import { ChartFrame } from "./ChartFrame";
import { SIDES, type TOpenDrill } from "./drill";
import { formatCount, formatInterval, formatPercent, tooFew } from "./format";

const pct = (v: number | null) => (v === null ? null : Math.round(v * 1000) / 10);

/**
 * Satisfied customers (a 4 or a 5) automated vs AI-assisted vs human: each side's share with its 95% interval as
 * an error bar and its number of ratings; below the minimum the figure says "too few ratings".
 */
export function CsatChart({ csat, onDrill }: { csat: TMetricSummary["csat"]; onDrill: TOpenDrill }) {
  const rows = SIDES.map((side) => ({ side, stats: csat[side.key] }));
  const data = rows.map(({ side, stats }) => {
    const r = stats.satisfied;
    return {
      label: side.label,
      satisfied: pct(r.rate),
      interval: r.rate === null || r.low === null || r.high === null ? [0, 0] : [pct(r.rate - r.low), pct(r.high - r.rate)],
      count: stats.count,
    };
  });
  const target = (i: number) => ({ title: `CSAT: ${rows[i]!.side.label}`, only: rows[i]!.side.only });
  return (
    <ChartFrame
      title="CSAT: satisfied customers"
      definition="csat"
      caption="Share of ratings of 4 or 5, in %, with the 95% interval as a line. Click a bar for its tickets."
      empty={rows.every((r) => r.stats.count === 0) ? "No CSAT ratings in these filters." : null}
      onDrill={onDrill}
      table={{
        columns: ["Handled", "Satisfied", "Ratings", "95% interval", "Mean"],
        rows: rows.map(({ side, stats }, i) => ({
          key: side.key,
          label: side.label,
          cells: [
            stats.count > 0 && tooFew(stats.count) ? `${formatPercent(stats.satisfied.rate)} (too few ratings)` : formatPercent(stats.satisfied.rate),
            formatCount(stats.count),
            formatInterval(stats.satisfied) ?? "–",
            stats.mean === null ? "–" : `${stats.mean.toFixed(2)} of 5`,
          ],
          drill: target(i),
        })),
      }}
    >
      <div className="grid gap-3 md:grid-cols-[1fr_16rem]">
        <div className="h-52">
          <ResponsiveContainer width="100%" height="100%">
            <BarChart data={data} margin={{ top: 8, right: 8, bottom: 4, left: 0 }}>
              <CartesianGrid stroke="#e4e4e7" vertical={false} />
              <XAxis dataKey="label" tick={{ fontSize: 11 }} />
              <YAxis tick={{ fontSize: 11 }} unit="%" domain={[0, 100]} width={44} />
              <Tooltip formatter={(v) => [v === null ? "–" : `${v}%`, "Satisfied"]} labelFormatter={(l, p) => `${l}: ${formatCount(Number(p?.[0]?.payload?.count ?? 0))} ratings`} />
              <Bar dataKey="satisfied" name="Satisfied" fill="#10b981" isAnimationActive={false} className="cursor-pointer" onClick={(_e, i) => onDrill(target(i))}>
                <ErrorBar dataKey="interval" width={6} stroke="#065f46" strokeWidth={1.5} />
              </Bar>
            </BarChart>
          </ResponsiveContainer>
        </div>
        <ul aria-label="CSAT by handling" className="space-y-2 self-center text-xs">
          {rows.map(({ side, stats }) => (
            <li key={side.key}>
              <div className="flex items-center justify-between gap-2">
                <span className="font-medium text-zinc-800">{side.label}</span>
                <span className="tabular-nums text-zinc-900">{stats.count === 0 ? "no ratings" : `${formatPercent(stats.satisfied.rate)} satisfied`}</span>
              </div>
              {stats.count > 0 && (
                <div className="flex items-center justify-between gap-2 text-zinc-500">
                  <span className="tabular-nums">
                    {formatCount(stats.count)} ratings{formatInterval(stats.satisfied) ? `, 95% ${formatInterval(stats.satisfied)}` : ""}
                  </span>
                  {tooFew(stats.count) && <Badge tone="amber">too few ratings</Badge>}
                </div>
              )}
            </li>
          ))}
        </ul>
      </div>
    </ChartFrame>
  );
}
