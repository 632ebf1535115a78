"use client";

import { useMemo, useState } from "react";
import { useSearchParams } from "next/navigation";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useTRPC } from "@/components/providers/trpc-provider";
import { filtersOfSearch, paramsOfSearch, rangeDays, searchFromParams, type TDashboardSearch } from "@/lib/metrics/dashboard-search";
import { Button } from "@/components/ui/Button";
import { ErrorState } from "@/components/ui/ErrorState";
import { Note } from "@/components/ui/Note";
import { Section } from "@/components/ui/Section";
import { Skeleton } from "@/components/ui/Skeleton";
import { weekStart } from "@/workflows/metrics";
import { AutomationByWeek } from "./AutomationByWeek";
import { CategoryAutomationChart } from "./CategoryAutomationChart";
import { categoryWeeks, weeksOf } from "./category-weeks";
import { CategoryWeekTable } from "./CategoryWeekTable";
import { CsatChart } from "./CsatChart";
import type { TDrillTarget } from "./drill";
import { DrillDownPanel } from "./DrillDownPanel";
import { DurationsCharts } from "./DurationsChart";
import { EscalationsChart } from "./EscalationsChart";
import { FilterBar, type TFilterOptions } from "./FilterBar";
import { formatCount } from "./format";
import { HeadlineCards } from "./HeadlineCards";
import { SlaByWeekChart } from "./SlaByWeekChart";
import { TierMixChart } from "./TierMixChart";
import { VersionImpact } from "./VersionImpact";

const IMPACT_WEEKS = 4;

function Loading({ label, className = "h-64" }: { label: string; className?: string }) {
  return (
    <div role="status" aria-label={label}>
      <Skeleton className={`w-full ${className}`} />
    </div>
  );
}

/**
 * The dashboard: filters kept in the address (shared links and the back button show the same view), the headline
 * figures and the charts, each read from the metrics rollup; any card, bar or point lists the tickets behind it.
 */
export function Dashboard({ options, today }: { options: TFilterOptions; today: string }) {
  const trpc = useTRPC();
  const params = useSearchParams();
  const search = useMemo(() => searchFromParams(new URLSearchParams(params.toString())), [params]);
  const filters = useMemo(() => filtersOfSearch(search, today, options.span), [search, today, options.span]);
  const days = rangeDays(search, today, options.span);
  const weeks = useMemo(() => weeksOf(filters.from, filters.to), [filters.from, filters.to]);
  const [drill, setDrill] = useState<TDrillTarget | null>(null);

  const change = (patch: Partial<TDashboardSearch>) => {
    const next = { ...search, ...patch };
    // A new history entry without a server round trip: Next keeps pushState in step with useSearchParams, and
    // the back button returns to the view before.
    window.history.pushState(null, "", `/dashboards${paramsOfSearch(next)}`);
  };

  const keep = { placeholderData: keepPreviousData };
  const summary = useQuery(trpc.metrics.summary.queryOptions(filters, keep));
  const weekly = useQuery(trpc.metrics.series.queryOptions({ filters, groupBy: ["week"] }, keep));
  const splitOrigins = filters.origin === "all" && options.origins.length > 1;
  const byOrigin = useQuery(trpc.metrics.series.queryOptions({ filters, groupBy: ["week", "origin"] }, { ...keep, enabled: splitOrigins }));
  const byCategory = useQuery(trpc.metrics.series.queryOptions({ filters, groupBy: ["category"] }, keep));
  const byCategoryWeek = useQuery(trpc.metrics.series.queryOptions({ filters, groupBy: ["week", "category"] }, keep));
  const categories = useMemo(() => categoryWeeks(byCategoryWeek.data ?? [], weeks, weekStart(today)), [byCategoryWeek.data, weeks, today]);
  const busy = [summary, weekly, byOrigin, byCategory, byCategoryWeek].some((q) => q.isFetching);

  const failed = [summary, weekly, byOrigin, byCategory, byCategoryWeek].find((q) => q.isError);
  const s = summary.data?.summary;

  return (
    <div aria-busy={busy}>
      <FilterBar search={search} days={days} options={options} onChange={change} />
      {failed?.error && (
        <div className="mb-4">
          <ErrorState title="Could not load the dashboard" message={failed.error.message} action={<Button onClick={() => void Promise.all([summary, weekly, byCategory, byCategoryWeek].map((q) => q.refetch()))}>Try again</Button>} />
        </div>
      )}
      <p className="mb-3 text-xs text-zinc-600" role="status" aria-live="polite">
        {s === undefined
          ? "Loading the figures…"
          : `${formatCount(s.tickets)} tickets created ${filters.from} to ${filters.to}${filters.origin === "all" ? "" : filters.origin === "live" ? ", live only" : ", imported history only"}; ${formatCount(s.resolved)} resolved, ${formatCount(s.unresolved)} still open.`}
      </p>
      {s === undefined ? (
        <div className="mb-6 grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-3 2xl:grid-cols-6">
          {Array.from({ length: 6 }, (_, i) => (
            <Skeleton key={i} className="h-28 w-full" />
          ))}
        </div>
      ) : s.tickets === 0 ? (
        <Note>No tickets were created in these filters and dates. Widen the date range or clear a filter.</Note>
      ) : (
        <div className={busy ? "opacity-70 transition-opacity" : undefined}>
          <HeadlineCards summary={s} onDrill={setDrill} />

          <Section title="Automation">
            <div className="grid gap-4 xl:grid-cols-2">
              {weekly.data ? <AutomationByWeek weeks={weeks} overall={weekly.data} byOrigin={splitOrigins ? (byOrigin.data ?? null) : null} onDrill={setDrill} /> : <Loading label="Loading the weekly figures" />}
              {byCategory.data ? <CategoryAutomationChart rows={byCategory.data} onDrill={setDrill} /> : <Loading label="Loading the categories" />}
            </div>
          </Section>

          <Section title="Automation by category, week over week" aside="Largest categories first; the change is in percentage points">
            {byCategoryWeek.data ? <CategoryWeekTable rows={categories} weeks={weeks} thisWeek={weekStart(today)} onDrill={setDrill} /> : <Loading label="Loading the categories" className="h-48" />}
          </Section>

          <Section title="Tiers and escalations">
            <div className="grid gap-4 xl:grid-cols-2">
              <TierMixChart tiers={summary.data!.tierMix} onDrill={setDrill} />
              <EscalationsChart reasons={summary.data!.escalationsByReason} escalated={s.escalated} onDrill={setDrill} />
            </div>
          </Section>

          <Section title="Response times: automated, AI-assisted and human">
            <DurationsCharts durations={s.durations} onDrill={setDrill} />
          </Section>

          <Section title="Customer satisfaction and SLA">
            <div className="grid gap-4 xl:grid-cols-2">
              <CsatChart csat={s.csat} onDrill={setDrill} />
              {weekly.data ? <SlaByWeekChart weeks={weeks} overall={weekly.data} onDrill={setDrill} /> : <Loading label="Loading the weekly figures" />}
            </div>
          </Section>
        </div>
      )}

      <Section title="Before and after a flow version went live">
        <VersionImpact versionId={search.impact} weeks={IMPACT_WEEKS} options={options} filters={filters} onPick={(impact) => change({ impact })} onDrill={setDrill} />
      </Section>

      <DrillDownPanel target={drill} filters={filters} onClose={() => setDrill(null)} />
    </div>
  );
}
