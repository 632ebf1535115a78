"use client";

import { useDeferredValue, useEffect, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { Keyboard } from "lucide-react";
import { useTRPC } from "@/components/providers/trpc-provider";
import type { RouterOutputs } from "@/server/api/root";
import { Button } from "@/components/ui/Button";
import { ErrorState } from "@/components/ui/ErrorState";
import { plural } from "@/components/ui/format";
import { searchOfFilter, VIEW_LABELS, WORKSPACE_VIEWS, type TWorkspaceFilter } from "@/lib/tickets/workspace-filter";
import { INBOX_PAGE_SIZE } from "../constants";
import { TicketsTable } from "../TicketsTable";
import { EmptyList } from "./EmptyList";
import { FilterBar } from "./FilterBar";
import { QueueViews } from "./QueueViews";
import { ShortcutsDialog } from "./ShortcutsDialog";
import { useWorkspaceKeys } from "./useWorkspaceKeys";

type Page = RouterOutputs["tickets"]["list"];
type Counts = RouterOutputs["tickets"]["viewCounts"];
type Options = RouterOutputs["tickets"]["filterOptions"];

/**
 * The agent workspace: queue views with their counts, search and filters kept in the URL (a view can be shared or
 * bookmarked), and the ticket list, driven from the keyboard. The server renders the first page of the URL's view.
 */
export function Workspace({
  initialFilter,
  firstPage,
  counts: initialCounts,
  options,
  now,
}: {
  initialFilter: TWorkspaceFilter;
  firstPage: Page;
  counts: Counts;
  options: Options;
  now: Date;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const [filter, setFilter] = useState<TWorkspaceFilter>(initialFilter);
  const deferred = useDeferredValue(filter);
  // -1: no row chosen yet, so the first j lands on the first row.
  const [selected, setSelected] = useState(-1);
  const [helpOpen, setHelpOpen] = useState(false);
  const searchRef = useRef<HTMLInputElement>(null);
  // Set once the shortcuts listen: until then a key press does nothing (tests wait for it too).
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);

  const isInitial = JSON.stringify(deferred) === JSON.stringify(initialFilter);
  const list = useInfiniteQuery(
    trpc.tickets.list.infiniteQueryOptions(
      { ...deferred, limit: INBOX_PAGE_SIZE },
      {
        getNextPageParam: (last) => last.nextCursor,
        initialData: isInitial ? { pages: [firstPage], pageParams: [null] } : undefined,
        placeholderData: (previous) => previous,
      },
    ),
  );
  const counts = useQuery(
    trpc.tickets.viewCounts.queryOptions(
      { origin: deferred.origin },
      { initialData: deferred.origin === initialFilter.origin ? initialCounts : undefined, placeholderData: (previous) => previous },
    ),
  );
  const tickets = list.data?.pages.flatMap((p) => p.items) ?? [];

  const change = (patch: Partial<TWorkspaceFilter>) => {
    const next = { ...filter, ...patch };
    setFilter(next);
    setSelected(-1);
    // Into the address bar without a server round trip: Next keeps replaceState in step with its router.
    window.history.replaceState(null, "", `/inbox${searchOfFilter(next)}`);
  };

  const rowLinks = () => Array.from(document.querySelectorAll<HTMLAnchorElement>("[data-testid=tickets-table] a[data-row-link]"));
  useWorkspaceKeys({
    helpOpen,
    move: (by) => {
      if (tickets.length === 0) return;
      const next = selected < 0 ? 0 : Math.min(tickets.length - 1, Math.max(0, selected + by));
      setSelected(next);
      const link = rowLinks()[next];
      link?.focus();
      link?.scrollIntoView({ block: "nearest" });
    },
    open: () => {
      const ticket = tickets[selected];
      if (ticket) router.push(`/inbox/${ticket.id}`);
    },
    focusSearch: () => searchRef.current?.focus(),
    toggleHelp: () => setHelpOpen((o) => !o),
    pickView: (index) => {
      const view = WORKSPACE_VIEWS[index];
      if (view) change({ view });
    },
  });
  // A list that shrank under the selection keeps a row selected.
  useEffect(() => {
    if (selected >= tickets.length && tickets.length > 0) setSelected(tickets.length - 1);
  }, [selected, tickets.length]);

  const narrowed = Boolean(deferred.q || deferred.status || deferred.priority || deferred.tier || deferred.intent || deferred.queue || deferred.channel || deferred.customer);
  const loading = list.isFetching && !list.isFetchingNextPage;

  return (
    <div className="flex gap-4" data-testid="workspace" data-ready={ready ? "true" : undefined}>
      <QueueViews current={filter.view} counts={counts.data} onPick={(view) => change({ view })} />
      <div className="min-w-0 flex-1 space-y-3">
        <div className="flex items-start justify-between gap-3">
          <FilterBar filter={filter} options={options} onChange={change} searchRef={searchRef} />
          <Button size="sm" variant="ghost" onClick={() => setHelpOpen(true)} aria-keyshortcuts="?">
            <Keyboard className="size-3.5" aria-hidden />
            Shortcuts
          </Button>
        </div>
        <p role="status" className="h-4 text-xs text-zinc-500">
          {loading ? "Loading tickets…" : list.data ? `${VIEW_LABELS[deferred.view]}: ${plural(tickets.length, "ticket")} shown${list.hasNextPage ? ", more below" : ""}` : ""}
        </p>
        {list.isError && !list.data ? (
          <ErrorState title="Could not load the tickets" message={list.error.message} />
        ) : list.data === undefined ? (
          <p className="rounded-lg border border-zinc-200 bg-white px-4 py-10 text-center text-[13px] text-zinc-500">Loading tickets…</p>
        ) : tickets.length === 0 ? (
          <EmptyList filter={deferred} narrowed={narrowed} counts={counts.data} />
        ) : (
          <div className={loading ? "opacity-60 transition-opacity" : undefined}>
            <TicketsTable tickets={tickets} selected={selected} onSelect={setSelected} now={now} caption={`${VIEW_LABELS[deferred.view]} tickets`} />
            <div className="mt-3 flex items-center gap-3 text-xs text-zinc-500">
              {list.hasNextPage && (
                <Button size="sm" onClick={() => void list.fetchNextPage()} disabled={list.isFetchingNextPage}>
                  {list.isFetchingNextPage ? "Loading…" : "Load more"}
                </Button>
              )}
              {!list.hasNextPage && <span>That is all of them.</span>}
              {list.isFetchNextPageError && (
                <span role="alert" className="text-red-700">
                  Could not load more: {list.error?.message}
                </span>
              )}
            </div>
          </div>
        )}
      </div>
      <ShortcutsDialog open={helpOpen} onClose={() => setHelpOpen(false)} />
    </div>
  );
}
