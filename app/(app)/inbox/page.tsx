import type { Metadata } from "next";
import { Inbox } from "lucide-react";
import { api } from "@/composition/rsc-caller";
import { load } from "@/server/api/load";
import { INBOX_PAGE_SIZE } from "@/components/tickets/constants";
import { TicketsTable } from "@/components/tickets/TicketsTable";
import { EmptyState } from "@/components/ui/EmptyState";
import { LoadFailed } from "@/components/ui/ErrorState";
import { PageHeader } from "@/components/ui/PageHeader";
import { Refused } from "@/components/auth/Refused";
import { requirePermission } from "@/server/auth/page-guard";

export const metadata: Metadata = { title: "Inbox" };

export default async function InboxPage() {
  const { refused } = await requirePermission("tickets.read");
  if (refused) return <Refused title="Inbox" message={refused} />;
  const result = await load(() => api.tickets.list({ limit: INBOX_PAGE_SIZE }));
  return (
    <>
      <PageHeader
        title="Inbox"
        description="Incoming tickets, newest first, with what the flows decided for each."
      />
      {!result.ok ? (
        <LoadFailed what="tickets" error={result.error} />
      ) : result.data.items.length === 0 ? (
        <EmptyState icon={Inbox} title="No tickets yet">
          Tickets appear here as they arrive through the helpdesk webhook (<code>POST /api/webhooks/tickets</code>)
          or the API.
        </EmptyState>
      ) : (
        <TicketsTable firstPage={result.data} />
      )}
    </>
  );
}
