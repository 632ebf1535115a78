import type { Metadata } from "next";
import { api } from "@/server/api/caller";
import { load } from "@/server/api/load";
import { Refused } from "@/components/auth/Refused";
import { DateTime } from "@/components/ui/DateTime";
import { EmptyState } from "@/components/ui/EmptyState";
import { LoadFailed } from "@/components/ui/ErrorState";
import { PageHeader } from "@/components/ui/PageHeader";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/Table";
import { requirePermission } from "@/server/auth/page-guard";

export const metadata: Metadata = { title: "Audit log" };

export default async function AuditLogPage() {
  const { refused } = await requirePermission("audit.read");
  if (refused) return <Refused title="Audit log" message={refused} />;
  const result = await load(() => api.audit.list());
  return (
    <>
      <PageHeader
        title="Audit log"
        crumbs={[{ href: "/settings", label: "Settings" }]}
        description="Publishes, rollbacks, live-flow, user and role changes: who, when and what. The latest 200."
      />
      {!result.ok ? (
        <LoadFailed what="the audit log" error={result.error} />
      ) : result.data.length === 0 ? (
        <EmptyState title="Nothing recorded yet" />
      ) : (
        <Table caption="Audit log">
          <THead>
            <tr>
              <TH>When</TH>
              <TH>Who</TH>
              <TH>What</TH>
              <TH>Subject</TH>
              <TH>Details</TH>
            </tr>
          </THead>
          <TBody>
            {result.data.map((row) => (
              <TR key={row.id}>
                <TD className="whitespace-nowrap">
                  <DateTime value={row.createdAt} zone />
                </TD>
                <TD>{row.actor}</TD>
                <TD className="font-medium">{row.action}</TD>
                <TD className="font-mono text-xs">{row.subject}</TD>
                <TD className="max-w-md truncate font-mono text-xs text-zinc-600" title={JSON.stringify(row.details)}>
                  {row.details === null ? "—" : JSON.stringify(row.details)}
                </TD>
              </TR>
            ))}
          </TBody>
        </Table>
      )}
    </>
  );
}
