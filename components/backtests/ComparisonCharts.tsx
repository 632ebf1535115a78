"use client";

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { TMetricsView } from "@/lib/backtests/metrics-view";
import { AxisLabel } from "@/components/ui/AxisLabel";
import { charsThatFit } from "@/components/ui/truncate-label";

const BASELINE_FILL = "#a1a1aa";
const CANDIDATE_FILL = "#4f46e5";
const SHOWN_CATEGORIES = 15;
const AXIS_WIDTH = 200;

interface Sides {
  candidate: TMetricsView;
  baseline: TMetricsView;
  candidateLabel: string;
  baselineLabel: string;
}

/** Outcome mix and tier mix, both sides as bars side by side; then automation per category. */
export function ComparisonCharts(p: Sides) {
  const kinds = ["automated", "escalated", "routed", "no-action"] as const;
  const outcomes = kinds.map((kind) => ({ name: kind, baseline: p.baseline.outcomes[kind] ?? 0, candidate: p.candidate.outcomes[kind] ?? 0 }));
  const tiers = [...new Set([...p.baseline.tierMix, ...p.candidate.tierMix].map((t) => t.tier))].sort().map((tier) => ({
    name: tier === "none" || tier === "null" ? "no tier" : `Tier ${tier}`,
    baseline: p.baseline.tierMix.find((t) => t.tier === tier)?.count ?? 0,
    candidate: p.candidate.tierMix.find((t) => t.tier === tier)?.count ?? 0,
  }));
  const baselineByCategory = new Map(p.baseline.categories.map((c) => [c.category, c]));
  const categories = p.candidate.categories.slice(0, SHOWN_CATEGORIES).map((c) => ({
    name: c.category,
    baseline: pct(baselineByCategory.get(c.category)?.automationRate ?? 0),
    candidate: pct(c.automationRate),
  }));

  return (
    <div className="space-y-4">
      <div className="grid gap-4 lg:grid-cols-2">
        <ChartCard title="Outcome mix" caption="Tickets per outcome" data={outcomes} {...p} />
        <ChartCard title="Tier mix" caption="Tickets per tier" data={tiers} {...p} />
      </div>
      <ChartCard
        title="Automation by category"
        caption={`Share of tickets resolved with no human, in %, for the ${categories.length} largest categories`}
        data={categories}
        vertical
        percentScale
        emptyText="Neither run resolved a ticket without a human, in any category."
        {...p}
      />
    </div>
  );
}

interface ChartProps {
  title: string;
  caption: string;
  data: Array<{ name: string; baseline: number; candidate: number }>;
  vertical?: boolean;
  percentScale?: boolean;
  /** Said instead of a chart whose bars are all zero, where empty axes would look like a failure to load. */
  emptyText?: string;
}

function ChartCard({ title, caption, data, vertical = false, percentScale = false, emptyText, candidateLabel, baselineLabel }: Sides & ChartProps) {
  const height = vertical ? Math.max(200, data.length * 34 + 60) : 240;
  const allZero = data.every((d) => d.baseline === 0 && d.candidate === 0);
  return (
    <figure aria-label={title} className="min-w-0 rounded-lg border border-zinc-200 bg-white p-3 shadow-xs">
      <h3 className="mb-2 text-[13px] font-semibold text-zinc-900">{title}</h3>
      {data.length === 0 || (emptyText !== undefined && allZero) ? (
        <p className="text-[13px] text-zinc-500">{data.length === 0 ? "Nothing to chart." : emptyText}</p>
      ) : (
        <div style={{ height }}>
          <ResponsiveContainer width="100%" height="100%">
            <BarChart data={data} layout={vertical ? "vertical" : "horizontal"} margin={{ top: 4, right: 16, bottom: 4, left: 8 }}>
              <CartesianGrid stroke="#e4e4e7" horizontal={!vertical} vertical={vertical} />
              {vertical ? (
                <>
                  <XAxis type="number" tick={{ fontSize: 11 }} domain={percentScale ? [0, 100] : undefined} unit={percentScale ? "%" : undefined} />
                  <YAxis type="category" dataKey="name" width={AXIS_WIDTH} tick={<AxisLabel maxChars={charsThatFit(AXIS_WIDTH - 8)} />} interval={0} />
                </>
              ) : (
                <>
                  <XAxis dataKey="name" tick={<AxisLabel maxChars={14} anchor="middle" />} interval={0} />
                  <YAxis tick={{ fontSize: 11 }} />
                </>
              )}
              <Tooltip />
              <Legend wrapperStyle={{ fontSize: 12 }} />
              <Bar dataKey="baseline" name={baselineLabel} fill={BASELINE_FILL} isAnimationActive={false} />
              <Bar dataKey="candidate" name={candidateLabel} fill={CANDIDATE_FILL} isAnimationActive={false} />
            </BarChart>
          </ResponsiveContainer>
        </div>
      )}
      <figcaption className="mt-1 text-xs text-zinc-500">{caption}</figcaption>
    </figure>
  );
}

function pct(rate: number): number {
  return Math.round(rate * 1000) / 10;
}
