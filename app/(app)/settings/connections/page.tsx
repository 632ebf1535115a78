import type { Metadata } from "next";
import { api } from "@/composition/rsc-caller";
import { load } from "@/server/api/load";
import { Refused } from "@/components/auth/Refused";
import { ConnectionsPanel } from "@/components/settings/connections/ConnectionsPanel";
import { SettingsTabs } from "@/components/settings/SettingsTabs";
import { LoadFailed } from "@/components/ui/ErrorState";
import { plural } from "@/components/ui/format";
import { PageHeader } from "@/components/ui/PageHeader";
import { Section } from "@/components/ui/Section";
import { requirePermission } from "@/server/auth/page-guard";

export const metadata: Metadata = { title: "Connections" };

export default async function ConnectionsPage({ searchParams }: { searchParams: Promise<{ deleted?: string }> }) {
  const { user, refused } = await requirePermission("connections.manage");
  if (refused) return <Refused title="Connections" message={refused} />;
  const { deleted } = await searchParams;
  const result = await load(async () => {
    const [connections, kinds] = await Promise.all([api.connections.list(), api.connections.kinds()]);
    return { connections, kinds };
  });
  return (
    <>
      <PageHeader
        title="Connections"
        crumbs={[{ href: "/settings", label: "Settings" }]}
        description="The helpdesks the studio runs on top of: tickets come in through their webhooks, and the flows’ replies, notes, groups and tags go back through their APIs. Credentials are stored encrypted and never shown again."
      />
      <SettingsTabs current="/settings/connections" role={user.role} />
      {deleted && (
        <p role="status" className="mb-4 text-[13px] text-emerald-700">
          Deleted the connection “{deleted}”.
        </p>
      )}
      <Section title="Helpdesk connections" aside={result.ok ? plural(result.data.connections.length, "connection") : undefined}>
        {result.ok ? (
          <ConnectionsPanel connections={result.data.connections} kinds={result.data.kinds} now={new Date()} />
        ) : (
          <LoadFailed what="connections" error={result.error} />
        )}
      </Section>
    </>
  );
}
