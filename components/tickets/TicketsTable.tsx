"use client";

import Link from "next/link";
import { useInfiniteQuery } from "@tanstack/react-query";
import { Building2 } from "lucide-react";
import { useTRPC } from "@/components/providers/trpc-provider";
import type { RouterOutputs } from "@/server/api/root";
import { Badge } from "@/components/ui/Badge";
import { Button } from "@/components/ui/Button";
import { DateTime } from "@/components/ui/DateTime";
import { describeOutcome, percent, plural } from "@/components/ui/format";
import { PRIORITY_TONE, RUN_STATUS_TONE, TICKET_STATUS_TONE, toneOf } from "@/components/ui/status-tones";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/Table";
import { INBOX_PAGE_SIZE } from "./constants";

type Page = RouterOutputs["tickets"]["list"];
type Ticket = Page["items"][number];

/**
 * The inbox table. The server renders the first page (so it shows without a round trip); further
 * pages come through tRPC as the user asks for them.
 */
export function TicketsTable({ firstPage }: { firstPage: Page }) {
  const trpc = useTRPC();
  const query = useInfiniteQuery(
    trpc.tickets.list.infiniteQueryOptions(
      { limit: INBOX_PAGE_SIZE },
      {
        getNextPageParam: (last) => last.nextCursor,
        initialData: { pages: [firstPage], pageParams: [null] },
      },
    ),
  );
  const tickets = query.data.pages.flatMap((p) => p.items);

  return (
    <>
      <Table caption="Tickets, newest first">
        <THead>
          <tr>
            <TH>Subject</TH>
            <TH>Customer</TH>
            <TH>Channel</TH>
            <TH>Priority</TH>
            <TH>Status</TH>
            <TH>Queue</TH>
            <TH>Intent</TH>
            <TH>Flow run</TH>
            <TH>Created (UTC)</TH>
          </tr>
        </THead>
        <TBody>
          {tickets.map((t) => (
            <TicketRow key={t.id} ticket={t} />
          ))}
        </TBody>
      </Table>
      <div className="mt-3 flex items-center gap-3 text-xs text-zinc-500" aria-live="polite">
        {query.hasNextPage ? (
          <Button size="sm" onClick={() => void query.fetchNextPage()} disabled={query.isFetchingNextPage}>
            {query.isFetchingNextPage ? "Loading…" : "Load more"}
          </Button>
        ) : null}
        <span>
          {plural(tickets.length, "ticket")} shown{query.hasNextPage ? "" : " — that is all of them"}
        </span>
        {query.isFetchNextPageError && (
          <span role="alert" className="text-red-700">
            Could not load more: {query.error?.message}
          </span>
        )}
      </div>
    </>
  );
}

function TicketRow({ ticket: t }: { ticket: Ticket }) {
  const run = t.latestRun;
  const outcome = run ? describeOutcome(run.outcome) : null;
  return (
    <TR>
      <TD className="min-w-56 max-w-md">
        <Link href={`/inbox/${t.id}`} className="line-clamp-2 font-medium text-indigo-700 hover:underline" title={t.subject}>
          {t.subject || "(no subject)"}
        </Link>
      </TD>
      <TD>
        <div className="whitespace-nowrap">{t.customer.name ?? t.customer.email ?? "Unknown customer"}</div>
        <div className="mt-0.5 flex items-center gap-1.5 text-xs text-zinc-500">
          {t.customer.enterprise ? (
            <Badge tone="accent" title={`Enterprise account, plan ${t.customer.plan}`}>
              <Building2 className="size-3" aria-hidden />
              Enterprise
            </Badge>
          ) : (
            t.customer.plan
          )}
        </div>
      </TD>
      <TD className="text-zinc-600">{t.channel}</TD>
      <TD>
        <Badge tone={toneOf(PRIORITY_TONE, t.priority)}>{t.priority}</Badge>
      </TD>
      <TD>
        <Badge tone={toneOf(TICKET_STATUS_TONE, t.status)}>{t.status}</Badge>
      </TD>
      <TD className="whitespace-nowrap">{t.queue?.name ?? <span className="text-zinc-500">unassigned</span>}</TD>
      <TD className="max-w-48 break-words">
        {t.intent ? (
          <>
            {t.intent}
            {t.intentConfidence != null && <span className="ml-1 whitespace-nowrap text-xs text-zinc-500">{percent(t.intentConfidence)}</span>}
          </>
        ) : (
          <span className="text-zinc-500">—</span>
        )}
      </TD>
      <TD>
        {run ? (
          <div className="flex flex-col items-start gap-0.5">
            <span className="flex gap-1">
              <Badge tone={toneOf(RUN_STATUS_TONE, run.status)}>{run.status}</Badge>
              {run.shadow && <Badge tone="violet">shadow</Badge>}
            </span>
            {outcome && <span className="text-xs text-zinc-500">{outcome}</span>}
          </div>
        ) : (
          <span className="text-zinc-500">no run</span>
        )}
      </TD>
      <TD>
        <DateTime value={t.createdAt} />
      </TD>
    </TR>
  );
}
