"use client";

import Link from "next/link";
import { useInfiniteQuery } from "@tanstack/react-query";
import { useTRPC } from "@/components/providers/trpc-provider";
import type { TSignalsView } from "@/lib/signals/view";
import { Button } from "@/components/ui/Button";
import { ErrorState } from "@/components/ui/ErrorState";
import { Skeleton } from "@/components/ui/Skeleton";
import { formatDateTime, plural } from "@/components/ui/format";

/** The tickets behind a category's signal in the last 7 days, newest first, 20 at a time, each opening in the inbox. */
export function CategoryTickets({ view, category, only = "all" }: { view: TSignalsView; category: string; only?: "all" | "repeat-contact" }) {
  const trpc = useTRPC();
  const list = useInfiniteQuery(
    trpc.signals.tickets.infiniteQueryOptions({ view, category, only }, { getNextPageParam: (last) => last.nextCursor ?? undefined }),
  );
  const label = only === "repeat-contact" ? `Repeat contacts in ${category}` : `Tickets in ${category}`;
  if (list.isPending) {
    return (
      <div role="status" aria-live="polite" className="mt-3 space-y-2">
        <span className="text-[13px] text-zinc-600">Loading the tickets…</span>
        <Skeleton className="h-4 w-2/3" />
        <Skeleton className="h-4 w-1/2" />
      </div>
    );
  }
  if (list.isError) return <ErrorState title="Could not load the tickets" message={list.error.message} />;
  const items = list.data.pages.flatMap((p) => p.items);
  const total = list.data.pages[0]?.total ?? 0;
  return (
    <section aria-label={label} className="mt-3 rounded-md border border-zinc-200">
      <p role="status" className="border-b border-zinc-200 bg-zinc-50 px-3 py-1.5 text-xs text-zinc-600">
        Showing {items.length} of {plural(total, "ticket")} from the last 7 days
      </p>
      <ul className="divide-y divide-zinc-100">
        {items.map((t) => (
          <li key={t.id} className="flex items-baseline justify-between gap-3 px-3 py-1.5 text-[13px]">
            <Link href={`/inbox/${t.id}`} className="truncate text-indigo-700 hover:underline">
              {t.subject || "(no subject)"}
            </Link>
            <span className="shrink-0 text-[11px] text-zinc-500">
              {t.handling} · {formatDateTime(new Date(t.createdAt))}
            </span>
          </li>
        ))}
      </ul>
      {list.hasNextPage && (
        <div className="border-t border-zinc-200 px-3 py-2">
          <Button size="sm" onClick={() => void list.fetchNextPage()} disabled={list.isFetchingNextPage}>
            {list.isFetchingNextPage ? "Loading…" : "Show more"}
          </Button>
        </div>
      )}
    </section>
  );
}
