import type { Metadata } from "next";
import { api } from "@/composition/rsc-caller";
import { load } from "@/server/api/load";
import { LoadFailed } from "@/components/ui/ErrorState";
import { plural } from "@/components/ui/format";
import { PageHeader } from "@/components/ui/PageHeader";
import { Section } from "@/components/ui/Section";
import { Refused } from "@/components/auth/Refused";
import { AgentsPanel } from "@/components/settings/AgentsPanel";
import { SettingsTabs } from "@/components/settings/SettingsTabs";
import { can } from "@/lib/auth/roles";
import { requirePermission } from "@/server/auth/page-guard";

export const metadata: Metadata = { title: "Agents" };

export default async function AgentsPage() {
  const { user, refused } = await requirePermission("settings.read");
  if (refused) return <Refused title="Agents" message={refused} />;
  const result = await load(async () => {
    const [agents, queues] = await Promise.all([api.agents.list(), api.queues.list()]);
    return { agents, queues: queues.map((q) => ({ id: q.id, name: q.name })) };
  });
  return (
    <>
      <PageHeader
        title="Agents"
        crumbs={[{ href: "/settings", label: "Settings" }]}
        description="Who works which queue, with which skills, how many open tickets each takes at once, and when they work."
      />
      <SettingsTabs current="/settings/agents" role={user.role} />
      <Section title="Agents" aside={result.ok ? plural(result.data.agents.length, "agent") : undefined}>
        {result.ok ? (
          <AgentsPanel agents={result.data.agents} queues={result.data.queues} canEdit={can(user.role, "settings.edit")} />
        ) : (
          <LoadFailed what="agents" error={result.error} />
        )}
      </Section>
    </>
  );
}
