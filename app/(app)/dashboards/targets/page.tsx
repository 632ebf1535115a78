import type { Metadata } from "next";
import { api } from "@/composition/rsc-caller";
import { load } from "@/server/api/load";
import { Refused } from "@/components/auth/Refused";
import { DashboardTabs } from "@/components/dashboards/DashboardTabs";
import { TargetsBoard } from "@/components/targets/TargetsBoard";
import { LoadFailed } from "@/components/ui/ErrorState";
import { PageHeader } from "@/components/ui/PageHeader";
import { can } from "@/lib/auth/roles";
import { requirePermission } from "@/server/auth/page-guard";

export const metadata: Metadata = { title: "Targets" };

export default async function TargetsPage() {
  const { user, refused } = await requirePermission("metrics.read");
  if (refused) return <Refused title="Targets" message={refused} />;
  const board = await load(() => api.targets.board());
  const canEdit = can(user.role, "targets.edit");
  return (
    <>
      <PageHeader
        title="Targets"
        description={
          canEdit
            ? "Where the team wants automation, AI accuracy, first response and CSAT to be in 3, 6 or 12 months: actual against target, the trend and what would have to change."
            : "The team's quarterly targets: actual against target, the trend and what would have to change. A manager sets and changes them."
        }
      />
      <DashboardTabs current="/dashboards/targets" />
      {board.ok ? <TargetsBoard initial={board.data} canEdit={canEdit} /> : <LoadFailed what="the targets" error={board.error} />}
    </>
  );
}
