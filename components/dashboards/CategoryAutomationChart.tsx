"use client";

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { AxisLabel } from "@/components/ui/AxisLabel";
import { charsThatFit } from "@/components/ui/truncate-label";
import type { TMetricSummary } from "@/workflows/metrics";
import type { TSeriesRow } from "./category-weeks";
import { legendText } from "./legend";
import { ChartFrame } from "./ChartFrame";
import type { TDrillOnly, TDrillTarget, TOpenDrill } from "./drill";
import { formatCount, formatInterval, formatPercent } from "./format";

const SHOWN = 15;
const AXIS_WIDTH = 180;

/** How a category's tickets were handled, in the order the bars stack them. */
const HANDLINGS: Array<{ key: string; label: string; only: TDrillOnly; colour: string; count: (s: TMetricSummary) => number }> = [
  { key: "automated", label: "Automated", only: "automated", colour: "#4f46e5", count: (s) => s.automation.numerator },
  { key: "cameBack", label: "Came back", only: "came-back", colour: "#f59e0b", count: (s) => s.cameBack },
  { key: "assisted", label: "AI-assisted", only: "ai-assisted", colour: "#8b5cf6", count: (s) => s.aiAssisted.numerator },
  { key: "human", label: "Human", only: "human", colour: "#71717a", count: (s) => s.human.numerator },
  { key: "unresolved", label: "Unresolved", only: "unresolved", colour: "#d4d4d8", count: (s) => s.unresolved },
];

export function categoryName(category: string): string {
  return category === "" ? "No category" : category;
}

function categoryTarget(category: string, handling?: (typeof HANDLINGS)[number]): TDrillTarget {
  return { title: `Tickets in ${categoryName(category)}`, group: { category }, only: handling?.only };
}

/**
 * The largest categories by tickets, each bar split by how its tickets were handled, so the automated share reads
 * against the volume; a bar segment lists those tickets.
 */
export function CategoryAutomationChart({ rows, onDrill }: { rows: TSeriesRow[]; onDrill: TOpenDrill }) {
  const categories = [...rows].sort((a, b) => b.summary.tickets - a.summary.tickets);
  const shown = categories.slice(0, SHOWN);
  const data = shown.map((r) => {
    const category = String(r.group.category ?? "");
    return {
      category,
      label: categoryName(category),
      tickets: r.summary.tickets,
      automation: r.summary.automation.rate,
      ...Object.fromEntries(HANDLINGS.map((h) => [h.key, h.count(r.summary)])),
    };
  });
  return (
    <ChartFrame
      title="Automation by category"
      definition="automation"
      caption={`The ${shown.length} largest of ${categories.length} categories, tickets by how they were handled. Click a bar for its tickets.`}
      empty={categories.length === 0 ? "No tickets in these filters." : null}
      onDrill={onDrill}
      table={{
        columns: ["Category", "Tickets", "Automation", "95% interval"],
        rows: categories.map((r) => {
          const category = String(r.group.category ?? "");
          return {
            key: category,
            label: categoryName(category),
            cells: [formatCount(r.summary.tickets), formatPercent(r.summary.automation.rate), formatInterval(r.summary.automation) ?? "–"],
            drill: categoryTarget(category),
          };
        }),
      }}
    >
      <div style={{ height: Math.max(180, data.length * 26 + 70) }}>
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={data} layout="vertical" margin={{ top: 4, right: 24, bottom: 4, left: 8 }}>
            <CartesianGrid horizontal={false} stroke="#e4e4e7" />
            <XAxis type="number" tick={{ fontSize: 11 }} allowDecimals={false} />
            <YAxis type="category" dataKey="label" width={AXIS_WIDTH} tick={<AxisLabel maxChars={charsThatFit(AXIS_WIDTH - 8)} />} interval={0} />
            <Tooltip
              labelFormatter={(l, p) => {
                const d = p?.[0]?.payload as { tickets?: number; automation?: number | null } | undefined;
                return `${l}: ${formatCount(d?.tickets ?? 0)} tickets, ${formatPercent(d?.automation ?? null)} automated`;
              }}
            />
            <Legend wrapperStyle={{ fontSize: 12 }} formatter={legendText} />
            {HANDLINGS.map((h) => (
              <Bar
                key={h.key}
                dataKey={h.key}
                name={h.label}
                stackId="handling"
                fill={h.colour}
                isAnimationActive={false}
                className="cursor-pointer"
                onClick={(_entry, index) => onDrill(categoryTarget(data[index]!.category, h))}
              />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </div>
    </ChartFrame>
  );
}
