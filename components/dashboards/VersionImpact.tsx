"use client";

import { useQuery } from "@tanstack/react-query";
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { useTRPC } from "@/components/providers/trpc-provider";
import type { TMetricFilters } from "@/lib/metrics/filters";
import type { RouterOutputs } from "@/server/api/root";
import { ErrorState } from "@/components/ui/ErrorState";
import { Skeleton } from "@/components/ui/Skeleton";
import type { TMetricSummary, TRate } from "@/workflows/metrics";
import { legendText } from "./legend";
import { ChartFrame } from "./ChartFrame";
import type { TDrillTarget, TOpenDrill } from "./drill";
import { DefinitionHint } from "./DefinitionHint";
import type { TFilterOptions } from "./FilterBar";
import { formatCount, formatPercent, formatPoints, pointsChange } from "./format";

type TImpact = RouterOutputs["metrics"]["versionImpact"];

const FIGURES: Array<{ label: string; rate: (s: TMetricSummary) => TRate }> = [
  { label: "Automation", rate: (s) => s.automation },
  { label: "Deflection", rate: (s) => s.deflection },
  { label: "AI-assisted", rate: (s) => s.aiAssisted },
  { label: "AI accuracy", rate: (s) => s.accuracy.combined },
  { label: "Escalated", rate: (s) => s.escalated },
  { label: "SLA breached", rate: (s) => s.slaBreached },
  { label: "CSAT satisfied (automated)", rate: (s) => s.csat.automated.satisfied },
];

const pct = (v: number | null) => (v === null ? null : Math.round(v * 1000) / 10);

/** Which tickets each side of a before/after stands for, so a bar can list them. */
function sideFilters(impact: TImpact, side: "before" | "after", dims: Partial<TMetricFilters>): TMetricFilters {
  const { from, to } = impact[side];
  if (side === "after") return { ...dims, from, to, origin: "live", versionId: impact.version.id };
  if (impact.baseline === "live") return { ...dims, from, to, origin: "live", flowId: impact.version.flowId };
  return { ...dims, from, to, origin: "imported" };
}

/** Pick a published flow version: its figures over its first weeks live against the weeks before it. */
export function VersionImpact({
  versionId,
  weeks,
  options,
  filters,
  onPick,
  onDrill,
}: {
  versionId: string | undefined;
  weeks: number;
  options: TFilterOptions;
  filters: TMetricFilters;
  onPick: (versionId: string | undefined) => void;
  onDrill: TOpenDrill;
}) {
  const trpc = useTRPC();
  const published = options.flows.flatMap((f) => f.versions.filter((v) => v.publishedAt !== null).map((v) => ({ ...v, flowName: f.name })));
  const dims = { category: filters.category, tier: filters.tier, channel: filters.channel, queueId: filters.queueId, connectionId: filters.connectionId };
  const impact = useQuery(trpc.metrics.versionImpact.queryOptions({ versionId: versionId ?? "", weeks, ...dims }, { enabled: versionId !== undefined }));

  if (published.length === 0) {
    return <p className="rounded-lg border border-zinc-200 bg-white p-4 text-[13px] text-zinc-600">No published flow version has handled tickets in these filters yet. Once one goes live, its first weeks show here against the weeks before.</p>;
  }
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-center gap-2 text-[13px]">
        <label htmlFor="impact-version" className="text-zinc-700">
          Version to compare
        </label>
        <select id="impact-version" value={versionId ?? ""} onChange={(e) => onPick(e.target.value || undefined)} className="h-8 rounded-md border border-zinc-300 bg-white px-2 text-[13px]">
          <option value="">Pick a version…</option>
          {published.map((v) => (
            <option key={v.id} value={v.id}>
              {v.flowName} v{v.number}, live from {new Date(v.publishedAt!).toISOString().slice(0, 10)}
            </option>
          ))}
        </select>
        <DefinitionHint id="versionImpact" />
      </div>
      {versionId === undefined ? null : impact.isError ? (
        <ErrorState title="Could not compare this version" message={impact.error.message} />
      ) : impact.isPending ? (
        <Skeleton className="h-64 w-full" />
      ) : (
        <ImpactView impact={impact.data} dims={dims} onDrill={onDrill} />
      )}
    </div>
  );
}

function ImpactView({ impact, dims, onDrill }: { impact: TImpact; dims: Partial<TMetricFilters>; onDrill: TOpenDrill }) {
  const { before, after, baseline, version } = impact;
  const beforeName = baseline === "imported" ? "Imported history before" : "Before";
  const data = FIGURES.map((f) => ({ label: f.label, before: pct(f.rate(before.summary).rate), after: pct(f.rate(after.summary).rate) }));
  const target = (side: "before" | "after"): TDrillTarget => ({
    title: side === "after" ? `After ${version.flowName} v${version.number} went live` : `${beforeName} ${version.flowName} v${version.number}`,
    filters: sideFilters(impact, side, dims),
  });
  return (
    <ChartFrame
      title={`${version.flowName} v${version.number}: before and after`}
      caption={
        baseline === "none"
          ? `Nothing ran before ${version.liveFrom} to compare with.`
          : `${beforeName}: ${before.from} to ${before.to}, ${formatCount(before.summary.tickets)} tickets. After: ${after.from} to ${after.to}, ${formatCount(after.summary.tickets)} live tickets. In %; click a bar for its tickets.`
      }
      onDrill={onDrill}
      table={{
        columns: ["Figure", beforeName, "After", "Change"],
        rows: FIGURES.map((f) => {
          const b = f.rate(before.summary);
          const a = f.rate(after.summary);
          return {
            key: f.label,
            label: f.label,
            cells: [`${formatPercent(b.rate)} of ${formatCount(b.count)}`, `${formatPercent(a.rate)} of ${formatCount(a.count)}`, formatPoints(pointsChange(a.rate, b.rate))],
          };
        }),
      }}
    >
      <div className="h-64">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={data} margin={{ top: 8, right: 16, bottom: 4, left: 0 }}>
            <CartesianGrid stroke="#e4e4e7" vertical={false} />
            <XAxis dataKey="label" tick={{ fontSize: 11 }} interval={0} />
            <YAxis tick={{ fontSize: 11 }} unit="%" width={44} />
            <Tooltip formatter={(v, name) => [v === null ? "–" : `${v}%`, name]} />
            <Legend wrapperStyle={{ fontSize: 12 }} formatter={legendText} />
            <Bar dataKey="before" name={beforeName} fill="#a1a1aa" isAnimationActive={false} className="cursor-pointer" onClick={() => onDrill(target("before"))} />
            <Bar dataKey="after" name="After" fill="#4f46e5" isAnimationActive={false} className="cursor-pointer" onClick={() => onDrill(target("after"))} />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <div className="mt-2 flex gap-3 text-xs">
        <button type="button" onClick={() => onDrill(target("before"))} className="text-indigo-700 hover:underline">
          {beforeName}: the tickets
        </button>
        <button type="button" onClick={() => onDrill(target("after"))} className="text-indigo-700 hover:underline">
          After: the tickets
        </button>
      </div>
    </ChartFrame>
  );
}
