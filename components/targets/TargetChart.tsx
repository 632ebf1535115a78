"use client";

import { Area, CartesianGrid, ComposedChart, Legend, Line, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { RouterOutputs } from "@/server/api/root";
import { TARGET_METRIC_DEFS } from "@/workflows/metrics/targets";
import { dayMs } from "@/workflows/metrics/weeks";
import { formatDay, formatTick, toChart } from "./format";

type TTargetView = RouterOutputs["targets"]["board"]["targets"][number];

interface Row {
  t: number;
  actual?: number | null;
  trajectory?: number;
  projected?: number;
  band?: [number, number];
}

/**
 * The weekly series, the target as a line, the trajectory from the baseline to the target, and the projection with
 * its range: one time axis from the first week shown to the due date.
 */
export function TargetChart({ view, today }: { view: TTargetView; today: string }) {
  const { metric } = view.history.key;
  const unit = TARGET_METRIC_DEFS[metric].unit === "share" ? "%" : " h";
  const v = (x: number) => toChart(metric, x);
  const rows: Row[] = view.series.map((p) => ({ t: dayMs(p.week), actual: p.value === null ? null : v(p.value) }));
  if (view.current.baseline !== null) {
    rows.push({ t: dayMs(view.current.startsOn), trajectory: v(view.current.baseline) }, { t: dayMs(view.current.dueOn), trajectory: v(view.current.value) });
  }
  for (const b of view.forecast.band) rows.push({ t: dayMs(b.day), projected: v(b.value), band: [v(b.low), v(b.high)] });
  rows.sort((a, b) => a.t - b.t);
  const ticks = weekTicks(rows[0]?.t ?? 0, rows.at(-1)?.t ?? 0);
  const label = `${view.label}: weekly values, the target of ${v(view.current.value)}${unit} due ${formatDay(view.current.dueOn)}, and the projection`;
  return (
    <div className="h-64" role="img" aria-label={label}>
      <ResponsiveContainer width="100%" height="100%">
        <ComposedChart data={rows} margin={{ top: 12, right: 24, bottom: 4, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e4e4e7" />
          <XAxis dataKey="t" type="number" scale="time" domain={["dataMin", "dataMax"]} ticks={ticks} tickFormatter={formatTick} fontSize={11} />
          <YAxis unit={unit} fontSize={11} domain={unit === "%" ? [0, 100] : [0, "auto"]} />
          <Tooltip labelFormatter={(t) => formatTick(Number(t))} formatter={(value) => (Array.isArray(value) ? value.map((x) => `${x}${unit}`).join(" – ") : `${value}${unit}`)} />
          <Legend formatter={(name) => <span className="text-xs text-zinc-700">{name}</span>} />
          <Area dataKey="band" name="Projection range (80%)" stroke="none" fill="#c7d2fe" fillOpacity={0.6} connectNulls isAnimationActive={false} />
          <Line dataKey="projected" name="Projection" stroke="#6366f1" strokeDasharray="5 3" dot={false} connectNulls isAnimationActive={false} />
          <Line dataKey="trajectory" name="Trajectory to target" stroke="#a1a1aa" strokeDasharray="2 3" dot={false} connectNulls isAnimationActive={false} />
          <Line dataKey="actual" name="Weekly actual" stroke="#059669" strokeWidth={2} dot={{ r: 2 }} connectNulls isAnimationActive={false} />
          <ReferenceLine y={v(view.current.value)} stroke="#dc2626" strokeDasharray="6 3" label={{ value: "Target", position: "insideTopRight", fontSize: 11, fill: "#dc2626" }} />
          <ReferenceLine x={dayMs(today)} stroke="#71717a" label={{ value: "Today", position: "insideTopLeft", fontSize: 11, fill: "#52525b" }} />
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}

const WEEK_MS = 7 * 86_400_000;

/** Ticks on Mondays at an even step, about ten of them, so the axis reads as weeks rather than where points fell. */
function weekTicks(from: number, to: number): number[] {
  const step = Math.max(1, Math.ceil((to - from) / WEEK_MS / 10)) * WEEK_MS;
  const ticks: number[] = [];
  for (let t = from; t <= to; t += step) ticks.push(t);
  return ticks;
}
