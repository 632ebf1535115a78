import type { Metadata } from "next";
import { ScrollText } from "lucide-react";
import { api } from "@/composition/rsc-caller";
import { load } from "@/server/api/load";
import { AUDIT_PAGE_SIZE } from "@/components/audit-log/audit-actions";
import { AuditLogTable } from "@/components/audit-log/AuditLogTable";
import { EmptyState } from "@/components/ui/EmptyState";
import { LoadFailed } from "@/components/ui/ErrorState";
import { PageHeader } from "@/components/ui/PageHeader";
import { Refused } from "@/components/auth/Refused";
import { requirePermission } from "@/server/auth/page-guard";

export const metadata: Metadata = { title: "Audit log" };

export default async function AuditLogPage() {
  const { refused } = await requirePermission("audit.read");
  if (refused) return <Refused title="Audit log" message={refused} />;
  const result = await load(() => api.auditLog.list({ limit: AUDIT_PAGE_SIZE }));
  return (
    <>
      <PageHeader
        title="Audit log"
        description="Who created, published, rolled back or made a flow live, and who created users or changed roles, and when. Newest first."
        crumbs={[{ href: "/settings", label: "Settings" }]}
      />
      {!result.ok ? (
        <LoadFailed what="the audit log" error={result.error} />
      ) : result.data.items.length === 0 ? (
        <EmptyState icon={ScrollText} title="Nothing audited yet">
          Creating, publishing, shadow-publishing and rolling back a flow, and changing the live flow, are recorded here.
        </EmptyState>
      ) : (
        <AuditLogTable firstPage={result.data} />
      )}
    </>
  );
}
