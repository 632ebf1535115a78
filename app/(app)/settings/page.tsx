import type { Metadata } from "next";
import { api } from "@/composition/rsc-caller";
import { load } from "@/server/api/load";
import { LoadFailed } from "@/components/ui/ErrorState";
import { plural } from "@/components/ui/format";
import { PageHeader } from "@/components/ui/PageHeader";
import { Section } from "@/components/ui/Section";
import { Refused } from "@/components/auth/Refused";
import { ButtonLink } from "@/components/ui/Button";
import { QueuesPanel } from "@/components/settings/QueuesPanel";
import { SettingsTabs } from "@/components/settings/SettingsTabs";
import { can } from "@/lib/auth/roles";
import { requirePermission } from "@/server/auth/page-guard";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const { user, refused } = await requirePermission("settings.read");
  if (refused) return <Refused title="Settings" message={refused} />;
  const result = await load(() => api.queues.list());
  return (
    <>
      <PageHeader
        title="Settings"
        description="Queues, agents and the workspace's business hours."
        actions={<ButtonLink href="/settings/ai">AI models</ButtonLink>}
      />
      <SettingsTabs current="/settings" role={user.role} />
      <Section title="Queues" aside={result.ok ? plural(result.data.length, "queue") : undefined}>
        {result.ok ? <QueuesPanel queues={result.data} canEdit={can(user.role, "settings.edit")} /> : <LoadFailed what="queues" error={result.error} />}
      </Section>
    </>
  );
}
