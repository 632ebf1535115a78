import type { Metadata } from "next";
import { Workflow } from "lucide-react";
import { api } from "@/composition/rsc-caller";
import { load } from "@/server/api/load";
import { FlowsTable } from "@/components/flows/FlowsTable";
import { ButtonLink } from "@/components/ui/Button";
import { EmptyState } from "@/components/ui/EmptyState";
import { LoadFailed } from "@/components/ui/ErrorState";
import { PageHeader } from "@/components/ui/PageHeader";
import { requireUser } from "@/server/auth/page-guard";
import { can } from "@/lib/auth/roles";

export const metadata: Metadata = { title: "Flows" };

export default async function FlowsPage() {
  const result = await load(() => api.flows.list());
  const canEdit = can((await requireUser()).role, "flows.edit");
  return (
    <>
      <PageHeader
        title="Flows"
        description="Routing and escalation flows. Each publish freezes an immutable version; tickets finish on the version they started with."
        actions={
          canEdit && (
            <>
              <ButtonLink href="/flows/import">Import from Zendesk</ButtonLink>
              <ButtonLink href="/flows/new" variant="primary">
                New flow
              </ButtonLink>
            </>
          )
        }
      />
      {!result.ok ? (
        <LoadFailed what="flows" error={result.error} />
      ) : result.data.length === 0 ? (
        <EmptyState icon={Workflow} title="No flows yet">
          <code>npm start</code> seeds the example flows. Start your own with <strong>New flow</strong>, blank or from
          a template.
        </EmptyState>
      ) : (
        <FlowsTable flows={result.data} />
      )}
    </>
  );
}
