"use client";

import type { RefObject } from "react";
import { X } from "lucide-react";
import type { RouterOutputs } from "@/server/api/root";
import { Button } from "@/components/ui/Button";
import { type TWorkspaceFilter } from "@/lib/tickets/workspace-filter";
import { CHANNELS, PRIORITIES, STATUSES } from "@/workflows/model/fields";

type Options = RouterOutputs["tickets"]["filterOptions"];

const SELECT = "h-8 rounded-md border border-zinc-300 bg-white px-2 text-[13px]";
const INPUT = "h-8 rounded-md border border-zinc-300 px-2 text-[13px]";

/** The search box ("/" jumps to it) and one control per filter; every change lands in the URL. */
export function FilterBar({
  filter,
  options,
  onChange,
  searchRef,
}: {
  filter: TWorkspaceFilter;
  options: Options;
  onChange: (patch: Partial<TWorkspaceFilter>) => void;
  searchRef: RefObject<HTMLInputElement | null>;
}) {
  const narrowed = filter.q || filter.status || filter.priority || filter.tier || filter.intent || filter.queue || filter.channel || filter.customer;
  return (
    <div role="search" className="flex flex-wrap items-center gap-2">
      <input
        ref={searchRef}
        type="search"
        aria-label="Search tickets"
        aria-keyshortcuts="/"
        placeholder="Search subject and message  ( / )"
        className={`${INPUT} w-72`}
        value={filter.q ?? ""}
        onChange={(e) => onChange({ q: e.target.value || undefined })}
      />
      <input
        type="search"
        aria-label="Customer"
        placeholder="Customer name, email or id"
        className={`${INPUT} w-52`}
        value={filter.customer ?? ""}
        onChange={(e) => onChange({ customer: e.target.value || undefined })}
      />
      <select aria-label="Status" className={SELECT} value={filter.status ?? ""} onChange={(e) => onChange({ status: (e.target.value || undefined) as TWorkspaceFilter["status"] })}>
        <option value="">{filter.view === "all" ? "Any status" : "Still open"}</option>
        {STATUSES.map((s) => (
          <option key={s}>{s}</option>
        ))}
      </select>
      <select aria-label="Priority" className={SELECT} value={filter.priority ?? ""} onChange={(e) => onChange({ priority: (e.target.value || undefined) as TWorkspaceFilter["priority"] })}>
        <option value="">Any priority</option>
        {PRIORITIES.map((p) => (
          <option key={p}>{p}</option>
        ))}
      </select>
      <select aria-label="Tier" className={SELECT} value={filter.tier ?? ""} onChange={(e) => onChange({ tier: e.target.value ? Number(e.target.value) : undefined })}>
        <option value="">Any tier</option>
        <option value="1">Tier 1 (automated)</option>
        <option value="2">Tier 2 (AI-assisted)</option>
        <option value="3">Tier 3 (people)</option>
      </select>
      <select aria-label="Intent" className={`${SELECT} max-w-48`} value={filter.intent ?? ""} onChange={(e) => onChange({ intent: e.target.value || undefined })}>
        <option value="">Any intent</option>
        {withCurrent(options.intents, filter.intent).map((i) => (
          <option key={i}>{i}</option>
        ))}
      </select>
      <select aria-label="Queue" className={SELECT} value={filter.queue ?? ""} onChange={(e) => onChange({ queue: e.target.value || undefined })}>
        <option value="">Any queue</option>
        {withCurrent(options.queues, filter.queue).map((q) => (
          <option key={q}>{q}</option>
        ))}
      </select>
      <select aria-label="Channel" className={SELECT} value={filter.channel ?? ""} onChange={(e) => onChange({ channel: (e.target.value || undefined) as TWorkspaceFilter["channel"] })}>
        <option value="">Any channel</option>
        {CHANNELS.map((c) => (
          <option key={c}>{c}</option>
        ))}
      </select>
      <select aria-label="Tickets from" className={SELECT} value={filter.origin ?? "live"} onChange={(e) => onChange({ origin: e.target.value as TWorkspaceFilter["origin"] })}>
        <option value="live">Live tickets</option>
        <option value="imported">Imported history</option>
        <option value="all">Live and imported</option>
      </select>
      {narrowed && (
        <Button
          size="sm"
          variant="ghost"
          onClick={() => onChange({ q: undefined, status: undefined, priority: undefined, tier: undefined, intent: undefined, queue: undefined, channel: undefined, customer: undefined })}
        >
          <X className="size-3.5" aria-hidden />
          Clear filters
        </Button>
      )}
    </div>
  );
}

/** A bookmarked value the list no longer offers still shows as chosen. */
function withCurrent(values: string[], current: string | undefined): string[] {
  return current === undefined || values.includes(current) ? values : [current, ...values];
}
