"use client";

import { shortDay } from "./signal-format";
import { Bar, BarChart, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export interface TTrendWindow {
  from: string;
  to: string;
}

/** A small weekly trend: one bar per 7-day window, the current window darker. */
export function TrendChart({ label, counts, windows, unit = "tickets" }: { label: string; counts: readonly number[]; windows: readonly TTrendWindow[]; unit?: string }) {
  const data = windows.map((w, i) => ({ week: shortDay(w.from), range: `${shortDay(w.from)} – ${shortDay(w.to)}`, value: counts[i] ?? 0 }));
  const last = data.length - 1;
  return (
    <figure aria-label={`${label}: ${unit} per week`} className="h-20 w-full min-w-0">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} margin={{ top: 4, right: 0, bottom: 0, left: 0 }}>
          <XAxis dataKey="week" tick={{ fontSize: 9 }} interval="preserveStartEnd" tickLine={false} axisLine={false} />
          <YAxis hide allowDecimals={false} />
          <Tooltip
            formatter={(v) => [`${v} ${unit}`, ""]}
            labelFormatter={(_, payload) => String(payload?.[0]?.payload?.range ?? "")}
            separator=""
            contentStyle={{ fontSize: 11 }}
          />
          <Bar dataKey="value" radius={[2, 2, 0, 0]} isAnimationActive={false}>
            {data.map((_, i) => (
              <Cell key={i} fill={i === last ? "#4f46e5" : "#c7d2fe"} />
            ))}
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}
