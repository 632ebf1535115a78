"use client";

import Link from "next/link";
import { useQuery } from "@tanstack/react-query";
import type { TCategoryAudit } from "@/server/services/history-audit/audit-report";
import { useTRPC } from "@/components/providers/trpc-provider";
import { DateTime } from "@/components/ui/DateTime";
import { Skeleton } from "@/components/ui/Skeleton";

const SHOWN_TICKETS = 8;

/** Under a category's row: why its tier was suggested, and its latest tickets (each opens in the inbox). */
export function CategoryDetails({ category }: { category: TCategoryAudit }) {
  const trpc = useTRPC();
  const tickets = useQuery(trpc.historyAudit.categoryTickets.queryOptions({ category: category.category, limit: SHOWN_TICKETS }));
  return (
    <div className="grid gap-4 md:grid-cols-2">
      <div>
        <h3 className="mb-1 text-xs font-semibold text-zinc-700">Why Tier {category.suggestedTier.tier}</h3>
        <ul className="list-disc space-y-0.5 pl-4 text-xs text-zinc-700">
          {category.suggestedTier.reasons.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
        <p className="mt-2 text-xs text-zinc-500">
          Negative sentiment {Math.round(category.negativeShare * 100)}%, enterprise {Math.round(category.enterpriseShare * 100)}%, CSAT from{" "}
          {category.baseline.csatResponses} ratings.
        </p>
      </div>
      <div>
        <h3 className="mb-1 text-xs font-semibold text-zinc-700">Latest tickets</h3>
        {tickets.isPending ? (
          <div role="status" aria-label={`Loading tickets of ${category.category}`} className="space-y-1.5">
            <Skeleton className="h-4 w-full" />
            <Skeleton className="h-4 w-5/6" />
            <Skeleton className="h-4 w-4/6" />
          </div>
        ) : tickets.isError ? (
          <p role="alert" className="text-xs text-red-700">
            Could not load the tickets: {tickets.error.message}
          </p>
        ) : tickets.data.items.length === 0 ? (
          <p className="text-xs text-zinc-500">No tickets.</p>
        ) : (
          <ul className="space-y-1 text-xs" aria-label={`Latest tickets of ${category.category}`}>
            {tickets.data.items.map((t) => (
              <li key={t.id} className="flex items-baseline gap-2">
                <DateTime value={t.createdAt} />
                <Link href={`/inbox/${t.id}`} className="truncate text-indigo-700 hover:underline">
                  {t.subject || t.externalId}
                </Link>
                {t.categorySource === "classifier" || t.categorySource === "cluster" ? (
                  <span className="shrink-0 text-zinc-500">(categorised by the audit)</span>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
