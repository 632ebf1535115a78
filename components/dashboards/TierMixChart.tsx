"use client";

import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { TRate } from "@/workflows/metrics";
import { ChartFrame } from "./ChartFrame";
import type { TOpenDrill } from "./drill";
import { formatCount, formatPercent, tierLabel } from "./format";

export interface TTierMixRow {
  tier: number;
  tickets: number;
  share: TRate;
  automation: TRate;
}

/** Tickets per tier, with each tier's share and automation rate; a bar lists the tier's tickets. */
export function TierMixChart({ tiers, onDrill }: { tiers: TTierMixRow[]; onDrill: TOpenDrill }) {
  const data = tiers.map((t) => ({ tier: t.tier, label: tierLabel(t.tier), tickets: t.tickets, share: t.share.rate, automation: t.automation.rate }));
  const drill = (tier: number) => onDrill({ title: `${tierLabel(tier)} tickets`, group: { tier } });
  return (
    <ChartFrame
      title="Tier mix"
      definition="tierMix"
      caption="Tickets per tier. Click a bar for its tickets."
      empty={tiers.length === 0 ? "No tickets in these filters." : null}
      onDrill={onDrill}
      table={{
        columns: ["Tier", "Tickets", "Share", "Automation"],
        rows: tiers.map((t) => ({
          key: String(t.tier),
          label: tierLabel(t.tier),
          cells: [formatCount(t.tickets), formatPercent(t.share.rate), formatPercent(t.automation.rate)],
          drill: { title: `${tierLabel(t.tier)} tickets`, group: { tier: t.tier } },
        })),
      }}
    >
      <div className="h-56">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={data} margin={{ top: 8, right: 16, bottom: 4, left: 0 }}>
            <CartesianGrid stroke="#e4e4e7" vertical={false} />
            <XAxis dataKey="label" tick={{ fontSize: 11 }} />
            <YAxis tick={{ fontSize: 11 }} width={52} />
            <Tooltip
              formatter={(v, _n, item) => [
                `${formatCount(Number(v))} tickets (${formatPercent(item?.payload?.share ?? null)}), automation ${formatPercent(item?.payload?.automation ?? null)}`,
                "",
              ]}
              separator=""
            />
            <Bar dataKey="tickets" name="Tickets" isAnimationActive={false} className="cursor-pointer" onClick={(_e, index) => drill(data[index]!.tier)} radius={[3, 3, 0, 0]} fill="#4f46e5" />
          </BarChart>
        </ResponsiveContainer>
      </div>
    </ChartFrame>
  );
}
