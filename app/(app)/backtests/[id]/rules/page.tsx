import type { Metadata } from "next";
import Link from "next/link";
import { api } from "@/composition/rsc-caller";
import { load } from "@/server/api/load";
import { Refused } from "@/components/auth/Refused";
import { Badge } from "@/components/ui/Badge";
import { EmptyState } from "@/components/ui/EmptyState";
import { LoadFailed } from "@/components/ui/ErrorState";
import { Note } from "@/components/ui/Note";
import { PageHeader } from "@/components/ui/PageHeader";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/Table";
import { requirePermission } from "@/server/auth/page-guard";

export const metadata: Metadata = { title: "Tickets a rule matched" };

/** The tickets one node's decision took in the candidate: the link from a routing rule to what it matched. */
export default async function RuleTicketsPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ node?: string; decision?: string }> }) {
  const { refused } = await requirePermission("backtests.read");
  if (refused) return <Refused title="Tickets a rule matched" message={refused} />;
  const { id } = await params;
  const { node = "", decision = "" } = await searchParams;
  const crumbs = [
    { href: "/backtests", label: "Backtests" },
    { href: `/backtests/${encodeURIComponent(id)}`, label: "Backtest" },
  ];
  if (node === "") {
    return (
      <>
        <PageHeader title="Tickets a rule matched" crumbs={crumbs} />
        <EmptyState title="No rule chosen">Open this page from the Rules section of a backtest.</EmptyState>
      </>
    );
  }
  const result = await load(() => Promise.all([api.backtests.ruleTickets({ id, nodeId: node, decision }), api.backtests.get({ id })]));
  if (!result.ok) {
    return (
      <>
        <PageHeader title="Tickets a rule matched" crumbs={crumbs} />
        <LoadFailed what="the tickets this rule matched" error={result.error} />
      </>
    );
  }
  const [{ count, tickets, nodeLabel }, run] = result.data;
  crumbs[1]!.label = `${run.candidateLabel} vs ${run.baselineLabel}`;
  if (run.flowId && run.flowName) crumbs.splice(1, 0, { href: `/flows/${run.flowId}`, label: run.flowName });
  return (
    <>
      <PageHeader title={`“${nodeLabel}”: ${decision}`} crumbs={crumbs} description={`${count.toLocaleString("en")} tickets took this decision in the candidate.`} />
      {tickets.length < count && <Note>The first {tickets.length.toLocaleString("en")} are listed (the run keeps a sample per decision).</Note>}
      {tickets.length === 0 ? (
        <EmptyState title="No tickets">No ticket took this decision.</EmptyState>
      ) : (
        <Table caption="Tickets this rule matched" aria-label="Tickets this rule matched">
          <THead>
            <tr>
              <TH>Ticket</TH>
              <TH>Category</TH>
              <TH>Outcome</TH>
            </tr>
          </THead>
          <TBody>
            {tickets.map((t) => (
              <TR key={t.ticketId}>
                <TD>
                  {t.changed ? (
                    <Link href={`/backtests/${encodeURIComponent(id)}/tickets/${encodeURIComponent(t.ticketId)}`} className="font-medium text-indigo-700 hover:underline">
                      {t.subject || "(no subject)"}
                    </Link>
                  ) : (
                    t.subject || "(no subject)"
                  )}
                </TD>
                <TD>{t.category ?? "—"}</TD>
                <TD>{t.changed ? <Badge tone="amber">changed</Badge> : <span className="text-zinc-500">same on both sides</span>}</TD>
              </TR>
            ))}
          </TBody>
        </Table>
      )}
    </>
  );
}
