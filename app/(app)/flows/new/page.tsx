import type { Metadata } from "next";
import { api } from "@/composition/rsc-caller";
import { load } from "@/server/api/load";
import { NewFlowForm } from "@/components/flow-editor/NewFlowForm";
import { LoadFailed } from "@/components/ui/ErrorState";
import { PageHeader } from "@/components/ui/PageHeader";
import { Refused } from "@/components/auth/Refused";
import { requirePermission } from "@/server/auth/page-guard";

export const metadata: Metadata = { title: "New flow" };

export default async function NewFlowPage() {
  const { refused } = await requirePermission("flows.edit");
  if (refused) return <Refused title="New flow" message={refused} />;
  const result = await load(() => Promise.all([api.flows.templates(), api.flows.list()]));
  return (
    <>
      <PageHeader title="New flow" crumbs={[{ href: "/flows", label: "Flows" }]} description="Start blank or from one of the example flows; you can change everything in the editor." />
      {result.ok ? <NewFlowForm templates={result.data[0]} takenNames={result.data[1].map((f) => f.name)} /> : <LoadFailed what="the templates" error={result.error} />}
    </>
  );
}
