"use client";

import { useState } from "react";
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { TCategoryAudit } from "@/server/services/history-audit/audit-report";
import { AxisLabel } from "@/components/ui/AxisLabel";
import { cx } from "@/components/ui/cx";
import { charsThatFit } from "@/components/ui/truncate-label";

const SHOWN = 15;
const AXIS_WIDTH = 200;
type Measure = "tickets" | "agentHours";
const MEASURES: Array<{ key: Measure; label: string; unit: string }> = [
  { key: "tickets", label: "By volume", unit: "tickets" },
  { key: "agentHours", label: "By agent time", unit: "agent hours" },
];

/** The top categories as horizontal bars, by ticket volume or by total agent time. */
export function CategoryChart({ categories }: { categories: readonly TCategoryAudit[] }) {
  const [measure, setMeasure] = useState<Measure>("tickets");
  const unit = MEASURES.find((m) => m.key === measure)!.unit;
  const data = [...categories]
    .sort((a, b) => b[measure] - a[measure])
    .slice(0, SHOWN)
    .map((c) => ({ category: c.category, value: Math.round(c[measure] * 10) / 10 }));

  return (
    <figure aria-label={`Top categories ${measure === "tickets" ? "by volume" : "by agent time"}`} className="min-w-0 rounded-lg border border-zinc-200 bg-white p-3 shadow-xs">
      <div role="radiogroup" aria-label="Measure" className="mb-2 inline-flex rounded-md bg-zinc-100 p-0.5">
        {MEASURES.map((m) => (
          <button
            key={m.key}
            type="button"
            role="radio"
            aria-checked={measure === m.key}
            onClick={() => setMeasure(m.key)}
            className={cx(
              "rounded px-2.5 py-1 text-xs font-medium",
              measure === m.key ? "bg-white text-zinc-900 shadow-sm" : "text-zinc-600 hover:text-zinc-900",
            )}
          >
            {m.label}
          </button>
        ))}
      </div>
      <div style={{ height: Math.max(160, data.length * 26 + 40) }}>
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={data} layout="vertical" margin={{ top: 4, right: 24, bottom: 4, left: 8 }}>
            <CartesianGrid horizontal={false} stroke="#e4e4e7" />
            <XAxis type="number" tick={{ fontSize: 11 }} />
            <YAxis type="category" dataKey="category" width={AXIS_WIDTH} tick={<AxisLabel maxChars={charsThatFit(AXIS_WIDTH - 8)} />} interval={0} />
            <Tooltip formatter={(v) => [`${v} ${unit}`, ""]} separator="" />
            <Bar dataKey="value" fill={measure === "tickets" ? "#4f46e5" : "#0ea5e9"} radius={[0, 3, 3, 0]} isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <figcaption className="mt-1 text-xs text-zinc-500">
        The {Math.min(SHOWN, categories.length)} largest of {categories.length} categories, in {unit}.
      </figcaption>
    </figure>
  );
}
