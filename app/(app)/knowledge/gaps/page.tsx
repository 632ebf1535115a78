import type { Metadata } from "next";
import { api } from "@/composition/rsc-caller";
import { load } from "@/server/api/load";
import { Refused } from "@/components/auth/Refused";
import { GapReport } from "@/components/knowledge/GapReport";
import { KnowledgeTabs } from "@/components/knowledge/KnowledgeTabs";
import { LoadFailed } from "@/components/ui/ErrorState";
import { PageHeader } from "@/components/ui/PageHeader";
import { requirePermission } from "@/server/auth/page-guard";
import { can } from "@/lib/auth/roles";

export const metadata: Metadata = { title: "Gap report" };

export default async function GapReportPage() {
  const { user, refused } = await requirePermission("knowledge.read");
  if (refused) return <Refused title="Gap report" message={refused} />;
  const initial = await load(() => api.knowledge.gapReport());
  return (
    <>
      <PageHeader title="Knowledge" description="Which Tier 1 categories the knowledge base answers well, and the tickets it answers worst: write those articles first." />
      <KnowledgeTabs current="/knowledge/gaps" />
      {initial.ok ? <GapReport initial={initial.data} canRun={can(user.role, "knowledge.edit")} /> : <LoadFailed what="the gap report" error={initial.error} />}
    </>
  );
}
