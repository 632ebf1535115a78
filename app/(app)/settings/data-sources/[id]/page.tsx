import type { Metadata } from "next";
import { api } from "@/composition/rsc-caller";
import { load } from "@/server/api/load";
import { Refused } from "@/components/auth/Refused";
import { DeleteDataSource } from "@/components/settings/data-sources/DeleteDataSource";
import { EditDataSource } from "@/components/settings/data-sources/EditDataSource";
import { TestLookup } from "@/components/settings/data-sources/TestLookup";
import { LoadFailed } from "@/components/ui/ErrorState";
import { PageHeader } from "@/components/ui/PageHeader";
import { Section } from "@/components/ui/Section";
import { requirePermission } from "@/server/auth/page-guard";

export const metadata: Metadata = { title: "Data source" };

export default async function DataSourcePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ added?: string }> }) {
  const { refused } = await requirePermission("dataSources.manage");
  if (refused) return <Refused title="Data source" message={refused} />;
  const { id } = await params;
  const { added } = await searchParams;
  const [result, labels] = await Promise.all([load(() => api.dataSources.get({ id })), load(() => api.aiModels.intentLabels())]);
  const intentLabels = labels.ok ? { labels: labels.data.labels, source: labels.data.source } : { labels: [], source: null };
  const crumbs = [
    { href: "/settings", label: "Settings" },
    { href: "/settings/data-sources", label: "Data sources" },
  ];
  if (!result.ok) {
    return (
      <>
        <PageHeader title="Data source" crumbs={crumbs} />
        <LoadFailed what="the data source" error={result.error} />
      </>
    );
  }
  const source = result.data;
  return (
    <>
      <PageHeader
        title={source.name}
        crumbs={crumbs}
        description={source.description || "A data source flows and AI replies can look things up in."}
        actions={<DeleteDataSource id={source.id} name={source.name} />}
      />
      {added && (
        <p role="status" className="mb-4 text-[13px] text-emerald-700">
          Added the data source. Test it with a sample order number or a real ticket, and adjust the field paths until the fields read right.
        </p>
      )}
      <Section title="Test lookup">
        <TestLookup source={source} />
      </Section>
      <Section title="Settings">
        <EditDataSource source={source} intentLabels={intentLabels} />
      </Section>
    </>
  );
}
