import type { Metadata } from "next";
import { api } from "@/composition/rsc-caller";
import { load } from "@/server/api/load";
import { ChangedTicketView } from "@/components/backtests/ChangedTicketView";
import { Refused } from "@/components/auth/Refused";
import { LoadFailed } from "@/components/ui/ErrorState";
import { PageHeader } from "@/components/ui/PageHeader";
import { requirePermission } from "@/server/auth/page-guard";

export const metadata: Metadata = { title: "Changed ticket" };

export default async function ChangedTicketPage({ params }: { params: Promise<{ id: string; ticketId: string }> }) {
  const { refused } = await requirePermission("backtests.read");
  if (refused) return <Refused title="Changed ticket" message={refused} />;
  const { id, ticketId } = await params;
  const result = await load(() => Promise.all([api.backtests.get({ id }), api.backtests.ticket({ id, ticketId })]));
  const crumbs = [
    { href: "/backtests", label: "Backtests" },
    { href: `/backtests/${encodeURIComponent(id)}`, label: "Backtest" },
  ];
  if (!result.ok) {
    return (
      <>
        <PageHeader title="Changed ticket" crumbs={crumbs} />
        <LoadFailed what="this ticket's traces" error={result.error} />
      </>
    );
  }
  const [run, detail] = result.data;
  crumbs[1]!.label = `${run.candidateLabel} vs ${run.baselineLabel}`;
  if (run.flowId && run.flowName) crumbs.splice(1, 0, { href: `/flows/${run.flowId}`, label: run.flowName });
  return (
    <>
      <PageHeader title={detail.ticket.subject || "(no subject)"} crumbs={crumbs} description={detail.divergence.explanation} />
      <ChangedTicketView detail={detail} candidateLabel={run.candidateLabel} baselineLabel={run.baselineLabel} baselineKind={run.baselineKind} />
    </>
  );
}
