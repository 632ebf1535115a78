import type { Metadata } from "next";
import { api } from "@/composition/rsc-caller";
import { load } from "@/server/api/load";
import { Refused } from "@/components/auth/Refused";
import { TierMapHistory } from "@/components/tier-map/TierMapHistory";
import { HISTORY_LIMIT } from "@/components/tier-map/tier-map-draft";
import { TierMapEditor } from "@/components/tier-map/TierMapEditor";
import { LoadFailed } from "@/components/ui/ErrorState";
import { PageHeader } from "@/components/ui/PageHeader";
import { Section } from "@/components/ui/Section";
import { can } from "@/lib/auth/roles";
import { requirePermission } from "@/server/auth/page-guard";

export const metadata: Metadata = { title: "Tier map" };

export default async function TierMapPage() {
  const { user, refused } = await requirePermission("history.read");
  if (refused) return <Refused title="Tier map" message={refused} />;
  const [overview, versions] = await Promise.all([load(() => api.tierMap.get()), load(() => api.tierMap.versions({ limit: HISTORY_LIMIT }))]);
  return (
    <>
      <PageHeader
        title="Tier map"
        crumbs={[{ href: "/history-audit", label: "Audit" }]}
        description="Confirm which tier each category belongs to (Tier 1 automate, Tier 2 AI-assisted, Tier 3 human) and when any ticket goes to a human. Every save is a new version in the audit log; set-tier nodes that use the tier map decide by the version current when a ticket's run starts."
        meta={overview.ok && overview.data.map !== null ? <>Version {overview.data.map.version}</> : undefined}
      />
      {overview.ok ? (
        // A new current version (after "Load the latest version") starts the form afresh from it.
        <TierMapEditor key={overview.data.map?.version ?? 0} overview={overview.data} readOnly={!can(user.role, "tiers.edit")} />
      ) : (
        <LoadFailed what="the tier map" error={overview.error} />
      )}
      <Section title="Version history">{versions.ok ? <TierMapHistory initial={versions.data} /> : <LoadFailed what="the tier map's versions" error={versions.error} />}</Section>
    </>
  );
}
