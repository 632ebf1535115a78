"use client";

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { TMetricId } from "@/lib/metrics/definition-texts";
import type { TMetricSummary } from "@/workflows/metrics";
import { legendText } from "./legend";
import { ChartFrame } from "./ChartFrame";
import { SIDES, type TOpenDrill } from "./drill";
import { formatCount, formatDuration } from "./format";

const MEASURES: Array<{ key: keyof TMetricSummary["durations"]; title: string; definition: TMetricId }> = [
  { key: "firstResponse", title: "First response time", definition: "firstResponse" },
  { key: "resolution", title: "Resolution time", definition: "resolution" },
  { key: "handle", title: "Handle time", definition: "handle" },
];

/** The unit a chart's axis reads best in, from its longest duration. */
export function durationUnit(maxSeconds: number): { label: string; seconds: number } {
  if (maxSeconds < 120) return { label: "s", seconds: 1 };
  if (maxSeconds < 2 * 3600) return { label: "min", seconds: 60 };
  if (maxSeconds < 3 * 86_400) return { label: "h", seconds: 3600 };
  return { label: "days", seconds: 86_400 };
}

/** Median and p90 of each time, automated vs AI-assisted vs human, one small chart per time. */
export function DurationsCharts({ durations, onDrill }: { durations: TMetricSummary["durations"]; onDrill: TOpenDrill }) {
  return (
    <div className="grid gap-4 lg:grid-cols-3">
      {MEASURES.map((m) => {
        const sides = SIDES.filter((s) => !(m.key === "handle" && s.key === "automated"));
        const stats = sides.map((s) => ({ side: s, stats: durations[m.key][s.key] }));
        const max = Math.max(0, ...stats.map((x) => x.stats.p90 ?? 0));
        const unit = durationUnit(max);
        const round = (v: number | null) => (v === null ? null : Math.round((v / unit.seconds) * 10) / 10);
        const data = stats.map((x) => ({ label: x.side.label, median: round(x.stats.median), p90: round(x.stats.p90), count: x.stats.count, only: x.side.only }));
        const target = (i: number) => ({ title: `${m.title}: ${sides[i]!.label}`, only: sides[i]!.only });
        return (
          <ChartFrame
            key={m.key}
            title={m.title}
            definition={m.definition}
            caption={`Median and 90th percentile, in ${unit.label}; ${stats.map((x) => `${x.side.label.toLowerCase()} ${formatCount(x.stats.count)}`).join(", ")} tickets.`}
            empty={stats.every((x) => x.stats.count === 0) ? "No times measured in these filters." : null}
            onDrill={onDrill}
            table={{
              columns: ["Handled", "Median", "p90", "Tickets"],
              rows: stats.map((x, i) => ({
                key: x.side.key,
                label: x.side.label,
                cells: [formatDuration(x.stats.median), formatDuration(x.stats.p90), formatCount(x.stats.count)],
                drill: target(i),
              })),
            }}
          >
            <div className="h-52">
              <ResponsiveContainer width="100%" height="100%">
                <BarChart data={data} margin={{ top: 8, right: 8, bottom: 4, left: 0 }}>
                  <CartesianGrid stroke="#e4e4e7" vertical={false} />
                  <XAxis dataKey="label" tick={{ fontSize: 11 }} />
                  <YAxis tick={{ fontSize: 11 }} unit={` ${unit.label}`} width={64} />
                  <Tooltip formatter={(v, name) => [v === null ? "–" : `${v} ${unit.label}`, name]} labelFormatter={(l, p) => `${l}: ${formatCount(Number(p?.[0]?.payload?.count ?? 0))} tickets`} />
                  <Legend wrapperStyle={{ fontSize: 12 }} formatter={legendText} />
                  <Bar dataKey="median" name="Median" fill="#4f46e5" isAnimationActive={false} className="cursor-pointer" onClick={(_e, i) => onDrill(target(i))} />
                  <Bar dataKey="p90" name="p90" fill="#c7d2fe" isAnimationActive={false} className="cursor-pointer" onClick={(_e, i) => onDrill(target(i))} />
                </BarChart>
              </ResponsiveContainer>
            </div>
          </ChartFrame>
        );
      })}
    </div>
  );
}
