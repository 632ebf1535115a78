import type { Metadata } from "next";
import { api } from "@/composition/rsc-caller";
import { load } from "@/server/api/load";
import { ZendeskImport } from "@/components/flow-import/ZendeskImport";
import { LoadFailed } from "@/components/ui/ErrorState";
import { PageHeader } from "@/components/ui/PageHeader";
import { Refused } from "@/components/auth/Refused";
import { requirePermission } from "@/server/auth/page-guard";

export const metadata: Metadata = { title: "Import from Zendesk" };

export default async function ImportFromZendeskPage() {
  const { refused } = await requirePermission("flows.edit");
  if (refused) return <Refused title="Import from Zendesk" message={refused} />;
  const result = await load(() => api.queues.list());
  return (
    <>
      <PageHeader
        title="Import from Zendesk"
        crumbs={[{ href: "/flows", label: "Flows" }]}
        description="Turn Zendesk triggers and automations into flows. Whatever has no equivalent is listed with the reason, never dropped; review it before you publish."
      />
      {result.ok ? <ZendeskImport queues={result.data.map((q) => q.name)} /> : <LoadFailed what="the queues" error={result.error} />}
    </>
  );
}
