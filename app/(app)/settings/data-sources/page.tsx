import type { Metadata } from "next";
import { api } from "@/composition/rsc-caller";
import { load } from "@/server/api/load";
import { Refused } from "@/components/auth/Refused";
import { DataSourcesPanel } from "@/components/settings/data-sources/DataSourcesPanel";
import { SettingsTabs } from "@/components/settings/SettingsTabs";
import { LoadFailed } from "@/components/ui/ErrorState";
import { plural } from "@/components/ui/format";
import { PageHeader } from "@/components/ui/PageHeader";
import { Section } from "@/components/ui/Section";
import { requirePermission } from "@/server/auth/page-guard";

export const metadata: Metadata = { title: "Data sources" };

export default async function DataSourcesPage({ searchParams }: { searchParams: Promise<{ deleted?: string }> }) {
  const { user, refused } = await requirePermission("dataSources.manage");
  if (refused) return <Refused title="Data sources" message={refused} />;
  const { deleted } = await searchParams;
  const [result, labels] = await Promise.all([load(() => api.dataSources.list()), load(() => api.aiModels.intentLabels())]);
  const intentLabels = labels.ok ? { labels: labels.data.labels, source: labels.data.source } : { labels: [], source: null };
  return (
    <>
      <PageHeader
        title="Data sources"
        crumbs={[{ href: "/settings", label: "Settings" }]}
        description="Your own systems the studio can ask about a ticket — an order system, billing, shipping — so flows and AI replies answer with the customer’s real data. Auth header values are stored encrypted and never shown again."
      />
      <SettingsTabs current="/settings/data-sources" role={user.role} />
      {deleted && (
        <p role="status" className="mb-4 text-[13px] text-emerald-700">
          Deleted the data source “{deleted}”.
        </p>
      )}
      <Section title="Data sources" aside={result.ok ? plural(result.data.length, "data source") : undefined}>
        {result.ok ? <DataSourcesPanel sources={result.data} intentLabels={intentLabels} now={new Date()} /> : <LoadFailed what="data sources" error={result.error} />}
      </Section>
    </>
  );
}
