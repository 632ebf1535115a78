"use client";

import { useEffect, useId, useRef, useState } from "react";
import Link from "next/link";
import { useInfiniteQuery } from "@tanstack/react-query";
import { X } from "lucide-react";
import { useTRPC } from "@/components/providers/trpc-provider";
import type { TMetricFilters } from "@/lib/metrics/filters";
import { Badge, type Tone } from "@/components/ui/Badge";
import { Button } from "@/components/ui/Button";
import { ErrorState } from "@/components/ui/ErrorState";
import { Skeleton } from "@/components/ui/Skeleton";
import { formatDateTime } from "@/components/ui/format";
import { categoryName } from "./CategoryAutomationChart";
import { ONLY_LABELS, type TDrillOnly, type TDrillTarget } from "./drill";
import { formatCount } from "./format";

const PAGE = 50;

const HANDLING_TONES: Record<string, Tone> = { automated: "green", "came-back": "amber", "ai-assisted": "violet", human: "neutral", unresolved: "blue" };

/**
 * The tickets behind a card, bar or point, in a panel on the native <dialog> (focus moves in, Escape closes it,
 * focus returns to what was clicked): newest first, 50 at a time, each a link to the ticket.
 */
export function DrillDownPanel({ target, filters, onClose }: { target: TDrillTarget | null; filters: TMetricFilters; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const d = dialog.current;
    if (d === null) return;
    if (target && !d.open) d.showModal();
    if (!target && d.open) d.close();
  }, [target]);
  return (
    <dialog
      ref={dialog}
      aria-labelledby={titleId}
      onClose={onClose}
      className="fixed inset-y-0 left-auto right-0 m-0 h-dvh max-h-dvh w-[40rem] max-w-[100vw] bg-white p-0 shadow-2xl backdrop:bg-zinc-900/30"
    >
      {target && <DrillDownList key={JSON.stringify(target)} target={target} filters={target.filters ?? filters} titleId={titleId} onClose={onClose} />}
    </dialog>
  );
}

function DrillDownList({ target, filters, titleId, onClose }: { target: TDrillTarget; filters: TMetricFilters; titleId: string; onClose: () => void }) {
  const trpc = useTRPC();
  const [only, setOnly] = useState<TDrillOnly | undefined>(target.only);
  const list = useInfiniteQuery(
    trpc.metrics.drillDown.infiniteQueryOptions(
      { filters, group: target.group ?? {}, only, limit: PAGE },
      { getNextPageParam: (last) => last.nextCursor ?? undefined, placeholderData: (previous) => previous },
    ),
  );
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  const total = list.data?.pages[0]?.total;
  return (
    <div className="flex h-full flex-col">
      <div className="flex items-start justify-between gap-3 border-b border-zinc-200 px-4 py-3">
        <div className="min-w-0">
          <h2 id={titleId} className="text-sm font-semibold text-zinc-900">
            {target.title}
          </h2>
          <p className="mt-0.5 text-xs text-zinc-600" role="status" aria-live="polite">
            {total === undefined ? "Counting…" : `${formatCount(total)} ticket${total === 1 ? "" : "s"}${only ? ` (${ONLY_LABELS[only]})` : ""}, ${filters.from} to ${filters.to}; newest first`}
          </p>
        </div>
        <Button size="sm" variant="ghost" onClick={onClose} aria-label="Close the ticket list" autoFocus>
          <X className="size-4" aria-hidden />
        </Button>
      </div>
      <div className="flex items-center gap-2 border-b border-zinc-100 px-4 py-2 text-xs">
        <label htmlFor={`${titleId}-only`} className="text-zinc-600">
          Show
        </label>
        <select
          id={`${titleId}-only`}
          value={only ?? ""}
          onChange={(e) => setOnly((e.target.value || undefined) as TDrillOnly | undefined)}
          className="h-7 rounded-md border border-zinc-300 bg-white px-1.5 text-xs"
        >
          <option value="">Every ticket</option>
          {Object.entries(ONLY_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <div className="min-h-0 flex-1 overflow-y-auto px-4 py-2">
        {list.isError ? (
          <ErrorState title="Could not load the tickets" message={list.error.message} />
        ) : list.isPending ? (
          <div role="status" aria-label="Loading the tickets" className="space-y-2 py-2">
            {Array.from({ length: 8 }, (_, i) => (
              <Skeleton key={i} className="h-9 w-full" />
            ))}
          </div>
        ) : items.length === 0 ? (
          <p className="py-6 text-center text-[13px] text-zinc-500">No tickets here.</p>
        ) : (
          <ul aria-label="Tickets" className="divide-y divide-zinc-100">
            {items.map((t) => (
              <li key={t.id} className="py-2">
                <Link href={`/inbox/${t.id}`} className="block rounded text-[13px] font-medium text-indigo-700 hover:underline focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-indigo-500">
                  {t.subject || "(no subject)"}
                </Link>
                <div className="mt-0.5 flex flex-wrap items-center gap-1.5 text-[11px] text-zinc-500">
                  <Badge tone={HANDLING_TONES[t.handling] ?? "neutral"}>{t.handling}</Badge>
                  <span>{categoryName(t.category)}</span>
                  {t.queueName && <span>· {t.queueName}</span>}
                  <span>· {t.origin === "imported" ? "imported" : "live"}</span>
                  <span className="tabular-nums">· {formatDateTime(new Date(t.createdAt))}</span>
                </div>
              </li>
            ))}
          </ul>
        )}
      </div>
      {list.hasNextPage && (
        <div className="border-t border-zinc-200 px-4 py-2">
          <Button size="sm" onClick={() => list.fetchNextPage()} disabled={list.isFetchingNextPage} aria-busy={list.isFetchingNextPage}>
            {list.isFetchingNextPage ? "Loading…" : `Show ${PAGE} more (${formatCount(items.length)} of ${formatCount(total ?? 0)} shown)`}
          </Button>
        </div>
      )}
    </div>
  );
}
