"use client";

import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { legendText } from "./legend";
import { ChartFrame } from "./ChartFrame";
import { fillWeeks, type TSeriesRow } from "./category-weeks";
import type { TOpenDrill } from "./drill";
import { formatCount, formatInterval, formatPercent, weekLabel } from "./format";

const ORIGINS = [
  { key: "live", label: "Live", colour: "#0ea5e9" },
  { key: "imported", label: "Imported history", colour: "#a1a1aa" },
] as const;

function pct(rate: number | null | undefined): number | null {
  return rate == null ? null : Math.round(rate * 1000) / 10;
}

/** The automation rate week by week, all tickets and, when both are in view, live and imported told apart. */
export function AutomationByWeek({ weeks, overall, byOrigin, onDrill }: { weeks: string[]; overall: TSeriesRow[]; byOrigin: TSeriesRow[] | null; onDrill: TOpenDrill }) {
  const all = fillWeeks(overall, weeks, (s) => s.automation);
  const origins = ORIGINS.filter((o) => byOrigin?.some((r) => r.group.origin === o.key));
  const showOrigins = origins.length > 1;
  const perOrigin = Object.fromEntries(
    origins.map((o) => [o.key, fillWeeks(byOrigin?.filter((r) => r.group.origin === o.key) ?? [], weeks, (s) => s.automation)]),
  );
  const data = all.map((w, i) => ({
    week: w.week,
    label: weekLabel(w.week),
    all: pct(w.value?.rate),
    tickets: w.value?.count ?? 0,
    ...(showOrigins ? Object.fromEntries(origins.map((o) => [o.key, pct(perOrigin[o.key]![i]!.value?.rate)])) : {}),
  }));
  const drillWeek = (week: string) => onDrill({ title: `Week of ${weekLabel(week)}`, group: { week }, only: "automated" });

  return (
    <ChartFrame
      title="Automation rate by week"
      definition="automation"
      caption="Share of each week's tickets resolved with no agent reply that did not come back, in %. Click a point for its tickets."
      empty={all.every((w) => w.value === null) ? "No tickets in these weeks." : null}
      onDrill={onDrill}
      table={{
        columns: ["Week", "Automation", "Tickets", "95% interval"],
        rows: all.map((w) => ({
          key: w.week,
          label: `Week of ${weekLabel(w.week)}`,
          cells: [formatPercent(w.value?.rate ?? null), formatCount(w.value?.count ?? 0), (w.value && formatInterval(w.value)) ?? "–"],
          drill: w.value ? { title: `Week of ${weekLabel(w.week)}`, group: { week: w.week }, only: "automated" as const } : undefined,
        })),
      }}
    >
      <div className="h-64">
        <ResponsiveContainer width="100%" height="100%">
          <LineChart
            data={data}
            margin={{ top: 8, right: 16, bottom: 4, left: 0 }}
            onClick={(state) => {
              const index = state.activeTooltipIndex == null ? NaN : Number(state.activeTooltipIndex);
              const row = Number.isInteger(index) ? data[index] : undefined;
              if (row && row.tickets > 0) drillWeek(row.week);
            }}
            className="cursor-pointer"
          >
            <CartesianGrid stroke="#e4e4e7" vertical={false} />
            <XAxis dataKey="label" tick={{ fontSize: 11 }} />
            <YAxis tick={{ fontSize: 11 }} unit="%" domain={[0, "auto"]} width={44} />
            <Tooltip formatter={(v, name) => [v === null ? "–" : `${v}%`, name]} labelFormatter={(l, p) => `Week of ${l}: ${formatCount(Number(p?.[0]?.payload?.tickets ?? 0))} tickets`} />
            <Legend wrapperStyle={{ fontSize: 12 }} formatter={legendText} />
            <Line type="monotone" dataKey="all" name="All tickets" stroke="#4f46e5" strokeWidth={2} dot={{ r: 3 }} connectNulls isAnimationActive={false} />
            {showOrigins &&
              origins.map((o) => (
                <Line
                  key={o.key}
                  type="monotone"
                  dataKey={o.key}
                  name={o.label}
                  stroke={o.colour}
                  strokeDasharray="4 3"
                  dot={{ r: 2 }}
                  connectNulls
                  isAnimationActive={false}
                />
              ))}
          </LineChart>
        </ResponsiveContainer>
      </div>
    </ChartFrame>
  );
}
