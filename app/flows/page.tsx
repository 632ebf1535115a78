import type { Metadata } from "next";
import { Workflow } from "lucide-react";
import { api } from "@/server/api/caller";
import { load } from "@/server/api/load";
import { FlowsTable } from "@/components/flows/FlowsTable";
import { EmptyState } from "@/components/ui/EmptyState";
import { LoadFailed } from "@/components/ui/ErrorState";
import { PageHeader } from "@/components/ui/PageHeader";

export const metadata: Metadata = { title: "Flows" };

export default async function FlowsPage() {
  const result = await load(() => api.flows.list());
  return (
    <>
      <PageHeader
        title="Flows"
        description="Routing and escalation flows. Each publish freezes an immutable version; tickets finish on the version they started with."
      />
      {!result.ok ? (
        <LoadFailed what="flows" error={result.error} />
      ) : result.data.length === 0 ? (
        <EmptyState icon={Workflow} title="No flows yet">
          <code>npm start</code> seeds the example flows. The visual editor for drawing your own comes with the
          studio issue.
        </EmptyState>
      ) : (
        <FlowsTable flows={result.data} />
      )}
    </>
  );
}
