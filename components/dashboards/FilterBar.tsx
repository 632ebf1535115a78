"use client";

import { X } from "lucide-react";
import type { RouterOutputs } from "@/server/api/root";
import { Button } from "@/components/ui/Button";
import { isNarrowed, RANGE_LABELS, RANGE_PRESETS, type TDashboardSearch } from "@/lib/metrics/dashboard-search";
import { tierLabel } from "./format";

export type TFilterOptions = RouterOutputs["metrics"]["filterOptions"];

const SELECT = "h-8 max-w-52 rounded-md border border-zinc-300 bg-white px-2 text-[13px]";
const INPUT = "h-8 rounded-md border border-zinc-300 bg-white px-2 text-[13px]";

/** One control per filter; every change lands in the address (see dashboard-search.ts). */
export function FilterBar({
  search,
  days,
  options,
  onChange,
}: {
  search: TDashboardSearch;
  /** The days the range covers now, which custom dates start from. */
  days: { from: string; to: string };
  options: TFilterOptions;
  onChange: (patch: Partial<TDashboardSearch>) => void;
}) {
  const flow = options.flows.find((f) => f.id === search.flow);
  const versionFlows = flow ? [flow] : options.flows;
  return (
    <div role="search" aria-label="Dashboard filters" className="mb-5 flex flex-wrap items-center gap-2 rounded-lg border border-zinc-200 bg-white p-2 shadow-xs">
      <select
        aria-label="Date range"
        className={SELECT}
        value={search.range}
        onChange={(e) => {
          const range = e.target.value as TDashboardSearch["range"];
          onChange(range === "custom" ? { range, from: days.from, to: days.to } : { range, from: undefined, to: undefined });
        }}
      >
        {[...RANGE_PRESETS, "custom" as const].map((r) => (
          <option key={r} value={r}>
            {RANGE_LABELS[r]}
          </option>
        ))}
      </select>
      {search.range === "custom" && (
        <>
          <input type="date" aria-label="From" className={INPUT} value={search.from ?? days.from} max={search.to} onChange={(e) => e.target.value && onChange({ from: e.target.value })} />
          <span className="text-xs text-zinc-500">to</span>
          <input type="date" aria-label="To" className={INPUT} value={search.to ?? days.to} min={search.from} onChange={(e) => e.target.value && onChange({ to: e.target.value })} />
        </>
      )}
      <select aria-label="Tickets from" className={SELECT} value={search.origin} onChange={(e) => onChange({ origin: e.target.value as TDashboardSearch["origin"] })}>
        <option value="all">Live and imported</option>
        <option value="live">Live tickets</option>
        <option value="imported">Imported history</option>
      </select>
      <select aria-label="Category" className={SELECT} value={search.category ?? ""} onChange={(e) => onChange({ category: e.target.value || undefined })}>
        <option value="">Any category</option>
        {withCurrent(options.categories, search.category).map((c) => (
          <option key={c}>{c}</option>
        ))}
      </select>
      <select aria-label="Tier" className={SELECT} value={search.tier ?? ""} onChange={(e) => onChange({ tier: e.target.value === "" ? undefined : Number(e.target.value) })}>
        <option value="">Any tier</option>
        {withCurrent(options.tiers, search.tier).map((t) => (
          <option key={t} value={t}>
            {tierLabel(t)}
          </option>
        ))}
      </select>
      <select aria-label="Channel" className={SELECT} value={search.channel ?? ""} onChange={(e) => onChange({ channel: e.target.value || undefined })}>
        <option value="">Any channel</option>
        {withCurrent(options.channels, search.channel).map((c) => (
          <option key={c}>{c}</option>
        ))}
      </select>
      <select aria-label="Queue" className={SELECT} value={search.queue ?? ""} onChange={(e) => onChange({ queue: e.target.value || undefined })}>
        <option value="">Any queue</option>
        {options.queues.map((q) => (
          <option key={q.id} value={q.id}>
            {q.name}
          </option>
        ))}
        {search.queue && !options.queues.some((q) => q.id === search.queue) && <option value={search.queue}>A queue no longer listed</option>}
      </select>
      {options.flows.length > 0 && (
        <>
          <select aria-label="Flow" className={SELECT} value={search.flow ?? ""} onChange={(e) => onChange({ flow: e.target.value || undefined, version: undefined })}>
            <option value="">Any flow</option>
            {options.flows.map((f) => (
              <option key={f.id} value={f.id}>
                {f.name}
              </option>
            ))}
          </select>
          <select
            aria-label="Flow version"
            className={SELECT}
            value={search.version ?? ""}
            onChange={(e) => {
              const version = e.target.value || undefined;
              const owner = options.flows.find((f) => f.versions.some((v) => v.id === version));
              onChange({ version, flow: version ? owner?.id : search.flow });
            }}
          >
            <option value="">Any version</option>
            {versionFlows.map((f) => (
              <optgroup key={f.id} label={f.name}>
                {f.versions.map((v) => (
                  <option key={v.id} value={v.id}>
                    {f.name} v{v.number}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </>
      )}
      {options.connections.length > 0 && (
        <select aria-label="Connection" className={SELECT} value={search.connection ?? ""} onChange={(e) => onChange({ connection: e.target.value || undefined })}>
          <option value="">Any connection</option>
          {options.connections.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      )}
      {isNarrowed(search) && (
        <Button
          size="sm"
          variant="ghost"
          onClick={() => onChange({ category: undefined, tier: undefined, channel: undefined, queue: undefined, flow: undefined, version: undefined, connection: undefined })}
        >
          <X className="size-3.5" aria-hidden />
          Clear filters
        </Button>
      )}
    </div>
  );
}

/** A linked value the menu no longer offers still shows as chosen. */
function withCurrent<T>(values: readonly T[], current: T | undefined): T[] {
  return current === undefined || values.includes(current) ? [...values] : [current, ...values];
}
