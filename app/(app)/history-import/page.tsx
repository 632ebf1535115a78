import type { Metadata } from "next";
import { api } from "@/composition/rsc-caller";
import { load } from "@/server/api/load";
import { Refused } from "@/components/auth/Refused";
import { HistoryImport } from "@/components/history-import/HistoryImport";
import { ImportJobsTable } from "@/components/history-import/ImportJobsTable";
import { LoadFailed } from "@/components/ui/ErrorState";
import { PageHeader } from "@/components/ui/PageHeader";
import { Section } from "@/components/ui/Section";
import { requirePermission } from "@/server/auth/page-guard";

export const metadata: Metadata = { title: "Import ticket history" };

export default async function ImportHistoryPage() {
  const { refused } = await requirePermission("history.import");
  if (refused) return <Refused title="Import ticket history" message={refused} />;
  const jobs = await load(() => api.historyImport.jobs());
  return (
    <>
      <PageHeader
        title="Import ticket history"
        crumbs={[{ href: "/history-audit", label: "Audit" }]}
        description="Bring 30–90 days of tickets from Zendesk, Freshdesk, Intercom or a spreadsheet. Files stream in batches, bad rows are listed with their line and reason and never stop the import, and re-importing a file changes nothing."
      />
      <Section title="New import">
        <HistoryImport />
      </Section>
      <Section title="Recent imports">{jobs.ok ? <ImportJobsTable initial={jobs.data} /> : <LoadFailed what="the imports" error={jobs.error} />}</Section>
    </>
  );
}
