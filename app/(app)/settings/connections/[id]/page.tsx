import type { Metadata } from "next";
import { api } from "@/composition/rsc-caller";
import { load } from "@/server/api/load";
import { Refused } from "@/components/auth/Refused";
import { ConnectionStatus } from "@/components/settings/connections/ConnectionStatus";
import { DeleteConnection } from "@/components/settings/connections/DeleteConnection";
import { EditConnection } from "@/components/settings/connections/EditConnection";
import { MappingEditor } from "@/components/settings/connections/MappingEditor";
import { SetupGuidePanel } from "@/components/settings/connections/SetupGuidePanel";
import { TestConnection } from "@/components/settings/connections/TestConnection";
import { UnmappedQueuesWarning } from "@/components/settings/connections/UnmappedQueuesWarning";
import { LoadFailed } from "@/components/ui/ErrorState";
import { PageHeader } from "@/components/ui/PageHeader";
import { Section } from "@/components/ui/Section";
import { requirePermission } from "@/server/auth/page-guard";

export const metadata: Metadata = { title: "Connection" };

export default async function ConnectionPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ added?: string }> }) {
  const { refused } = await requirePermission("connections.manage");
  if (refused) return <Refused title="Connection" message={refused} />;
  const { id } = await params;
  const { added } = await searchParams;
  const [result, guide] = await Promise.all([
    load(async () => {
      const [connection, kinds] = await Promise.all([api.connections.get({ id }), api.connections.kinds()]);
      return { connection, kind: kinds.find((k) => k.kind === connection.kind)! };
    }),
    // Apart, so a guide that cannot be drawn (settings saved under an older form of the connector) leaves the rest usable.
    load(() => api.connections.setupGuide({ id })),
  ]);
  const crumbs = [
    { href: "/settings", label: "Settings" },
    { href: "/settings/connections", label: "Connections" },
  ];
  if (!result.ok) {
    return (
      <>
        <PageHeader title="Connection" crumbs={crumbs} />
        <LoadFailed what="the connection" error={result.error} />
      </>
    );
  }
  const { connection, kind } = result.data;
  // The sender's own system: it takes the studio's queue names and agent emails as they are, so there is nothing to map.
  const ownSystem = kind.takesStudioNames;
  const where = ownSystem ? "your system" : connection.title;
  return (
    <>
      <PageHeader
        title={connection.name}
        crumbs={crumbs}
        description={
          ownSystem
            ? `${connection.title} connection. Your system posts its tickets here, signed with this connection’s secret; with a callback address, the flows’ replies and changes go back to it. Test it, then follow the steps below.`
            : `${connection.title} connection. Test it, paste the webhook into ${connection.title}, and map the studio’s queues and agents to ${connection.title}’s groups and users.`
        }
        actions={<DeleteConnection id={connection.id} name={connection.name} title={connection.title} />}
      />
      {added && (
        <p role="status" className="mb-4 text-[13px] text-emerald-700">
          Added the connection. Test it, then follow the set-up steps below in {where}.
        </p>
      )}
      <UnmappedQueuesWarning unmapped={connection.unmappedQueues} />
      <Section title="Status">
        <div className="space-y-4 rounded-lg bg-white p-4 ring-1 ring-zinc-200">
          <ConnectionStatus connection={connection} now={new Date()} />
          <TestConnection id={connection.id} />
        </div>
      </Section>
      <Section title={`Set up in ${where}`}>
        {guide.ok ? <SetupGuidePanel guide={guide.data} title={connection.title} /> : <LoadFailed what="the set-up steps" error={guide.error} />}
      </Section>
      <Section title="Mappings">
        {ownSystem ? (
          <p className="rounded-lg bg-white p-4 text-[13px] text-zinc-700 ring-1 ring-zinc-200">
            Nothing to map: the callback gets the studio’s own queue names (such as “Billing”) and agent emails, as the flows name them.
          </p>
        ) : (
          <MappingEditor id={connection.id} title={connection.title} version={connection.updatedAt.getTime()} />
        )}
      </Section>
      <Section title="Settings">
        <EditConnection connection={connection} kind={kind} />
      </Section>
    </>
  );
}
