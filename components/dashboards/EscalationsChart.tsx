"use client";

import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { TRate } from "@/workflows/metrics";
import { AxisLabel } from "@/components/ui/AxisLabel";
import { charsThatFit } from "@/components/ui/truncate-label";
import { ChartFrame } from "./ChartFrame";
import type { TOpenDrill } from "./drill";
import { formatCount, formatPercent, reasonLabel } from "./format";

const AXIS_WIDTH = 160;

/** Escalations by the reason given, largest first; a bar lists its tickets. */
export function EscalationsChart({ reasons, escalated, onDrill }: { reasons: Array<{ reason: string; count: number; share: TRate }>; escalated: TRate; onDrill: TOpenDrill }) {
  const data = reasons.map((r) => ({ reason: r.reason, label: reasonLabel(r.reason), count: r.count, share: r.share.rate }));
  const target = (reason: string) => ({ title: `Escalation reason: ${reasonLabel(reason)}`, group: { escalationReason: reason }, only: "escalated" as const });
  return (
    <ChartFrame
      title="Escalations by reason"
      definition="escalated"
      caption={`${formatCount(escalated.numerator)} escalated of ${formatCount(escalated.count)} tickets (${formatPercent(escalated.rate)}). Click a bar for its tickets.`}
      empty={reasons.length === 0 ? "No ticket was escalated in these filters." : null}
      onDrill={onDrill}
      table={{
        columns: ["Reason", "Escalations", "Share"],
        rows: reasons.map((r) => ({ key: r.reason, label: reasonLabel(r.reason), cells: [formatCount(r.count), formatPercent(r.share.rate)], drill: target(r.reason) })),
      }}
    >
      <div style={{ height: Math.max(160, data.length * 26 + 40) }}>
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={data} layout="vertical" margin={{ top: 4, right: 24, bottom: 4, left: 8 }}>
            <CartesianGrid horizontal={false} stroke="#e4e4e7" />
            <XAxis type="number" tick={{ fontSize: 11 }} allowDecimals={false} />
            <YAxis type="category" dataKey="label" width={AXIS_WIDTH} tick={<AxisLabel maxChars={charsThatFit(AXIS_WIDTH - 8)} />} interval={0} />
            <Tooltip formatter={(v, _n, item) => [`${formatCount(Number(v))} (${formatPercent(item?.payload?.share ?? null)} of escalations)`, ""]} separator="" />
            <Bar dataKey="count" name="Escalations" fill="#f59e0b" radius={[0, 3, 3, 0]} isAnimationActive={false} className="cursor-pointer" onClick={(_e, index) => onDrill(target(data[index]!.reason))} />
          </BarChart>
        </ResponsiveContainer>
      </div>
    </ChartFrame>
  );
}
