"use client";

import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { ChartFrame } from "./ChartFrame";
import { fillWeeks, type TSeriesRow } from "./category-weeks";
import type { TOpenDrill } from "./drill";
import { formatCount, formatPercent, weekLabel } from "./format";

/** SLA breaches per week; a bar lists that week's breached tickets. */
export function SlaByWeekChart({ weeks, overall, onDrill }: { weeks: string[]; overall: TSeriesRow[]; onDrill: TOpenDrill }) {
  const rows = fillWeeks(overall, weeks, (s) => s.slaBreached);
  const data = rows.map((w) => ({ week: w.week, label: weekLabel(w.week), breaches: w.value?.numerator ?? 0, rate: w.value?.rate ?? null, tickets: w.value?.count ?? 0 }));
  const target = (week: string) => ({ title: `SLA breaches, week of ${weekLabel(week)}`, group: { week }, only: "sla-breached" as const });
  return (
    <ChartFrame
      title="SLA breaches by week"
      definition="slaBreached"
      caption="Tickets whose SLA timer ran out, per week they were created. Click a bar for its tickets."
      empty={data.every((d) => d.breaches === 0) ? "No SLA breaches in these weeks." : null}
      onDrill={onDrill}
      table={{
        columns: ["Week", "Breaches", "Of tickets", "Share"],
        rows: data.map((d) => ({ key: d.week, label: `Week of ${d.label}`, cells: [formatCount(d.breaches), formatCount(d.tickets), formatPercent(d.rate)], drill: d.breaches > 0 ? target(d.week) : undefined })),
      }}
    >
      <div className="h-56">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={data} margin={{ top: 8, right: 16, bottom: 4, left: 0 }}>
            <CartesianGrid stroke="#e4e4e7" vertical={false} />
            <XAxis dataKey="label" tick={{ fontSize: 11 }} />
            <YAxis tick={{ fontSize: 11 }} allowDecimals={false} width={44} />
            <Tooltip formatter={(v, _n, item) => [`${formatCount(Number(v))} of ${formatCount(Number(item?.payload?.tickets ?? 0))} tickets (${formatPercent(item?.payload?.rate ?? null)})`, "Breaches"]} />
            <Bar dataKey="breaches" name="Breaches" fill="#ef4444" radius={[3, 3, 0, 0]} isAnimationActive={false} className="cursor-pointer" onClick={(_e, i) => onDrill(target(data[i]!.week))} />
          </BarChart>
        </ResponsiveContainer>
      </div>
    </ChartFrame>
  );
}
