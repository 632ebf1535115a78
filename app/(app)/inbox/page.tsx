import type { Metadata } from "next";
import { api } from "@/composition/rsc-caller";
import { load } from "@/server/api/load";
import { INBOX_PAGE_SIZE } from "@/components/tickets/constants";
import { Workspace } from "@/components/tickets/workspace/Workspace";
import { LoadFailed } from "@/components/ui/ErrorState";
import { PageHeader } from "@/components/ui/PageHeader";
import { Refused } from "@/components/auth/Refused";
import { filterFromSearch, searchOfFilter } from "@/lib/tickets/workspace-filter";
import { requirePermission } from "@/server/auth/page-guard";

export const metadata: Metadata = { title: "Inbox" };

type Search = Record<string, string | string[] | undefined>;

export default async function InboxPage({ searchParams }: { searchParams: Promise<Search> }) {
  const { refused } = await requirePermission("tickets.read");
  if (refused) return <Refused title="Inbox" message={refused} />;
  const filter = filterFromSearch(await searchParams);
  const [page, counts, options] = await Promise.all([
    load(() => api.tickets.list({ ...filter, limit: INBOX_PAGE_SIZE })),
    load(() => api.tickets.viewCounts({ origin: filter.origin })),
    load(() => api.tickets.filterOptions()),
  ]);
  return (
    <>
      <PageHeader title="Inbox" description="Your queues: live tickets waiting on a person, newest first. Press ? for the keyboard shortcuts." />
      {!page.ok ? (
        <LoadFailed what="tickets" error={page.error} />
      ) : !counts.ok ? (
        <LoadFailed what="the queue counts" error={counts.error} />
      ) : !options.ok ? (
        <LoadFailed what="the filters" error={options.error} />
      ) : (
        <Workspace key={searchOfFilter(filter)} initialFilter={filter} firstPage={page.data} counts={counts.data} options={options.data} now={new Date()} />
      )}
    </>
  );
}
