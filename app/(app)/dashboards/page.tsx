import type { Metadata } from "next";
import { Suspense } from "react";
import { BarChart3 } from "lucide-react";
import { api } from "@/composition/rsc-caller";
import { load } from "@/server/api/load";
import { Refused } from "@/components/auth/Refused";
import { Dashboard } from "@/components/dashboards/Dashboard";
import { DashboardTabs } from "@/components/dashboards/DashboardTabs";
import { ButtonLink } from "@/components/ui/Button";
import { EmptyState } from "@/components/ui/EmptyState";
import { LoadFailed } from "@/components/ui/ErrorState";
import { PageHeader } from "@/components/ui/PageHeader";
import { PageSkeleton } from "@/components/ui/Skeleton";
import { can } from "@/lib/auth/roles";
import { requirePermission } from "@/server/auth/page-guard";

export const metadata: Metadata = { title: "Dashboards" };

const TITLE = "Dashboards";
const DESCRIPTION =
  "Whether your automation is working: automation rate, AI accuracy, response times, CSAT and escalations, with the tickets behind every figure.";

export default async function DashboardsPage() {
  const { user, refused } = await requirePermission("metrics.read");
  if (refused) return <Refused title={TITLE} message={refused} />;
  const options = await load(() => api.metrics.filterOptions());
  // One "today" for the server's render and the browser's, so both count the same weeks.
  const today = new Date().toISOString().slice(0, 10);
  return (
    <>
      <PageHeader title={TITLE} description={DESCRIPTION} />
      <DashboardTabs current="/dashboards" />
      {!options.ok ? (
        <LoadFailed what="the dashboard" error={options.error} />
      ) : options.data.span.from === null ? (
        <EmptyState
          icon={BarChart3}
          title="No tickets to measure yet"
          action={
            <div className="flex flex-wrap justify-center gap-2">
              {can(user.role, "history.import") && (
                <ButtonLink href="/history-import" variant="primary">
                  Import history
                </ButtonLink>
              )}
              {can(user.role, "connections.manage") && <ButtonLink href="/settings/connections">Connect a helpdesk</ButtonLink>}
            </div>
          }
        >
          Import history or connect a helpdesk: the figures appear here as tickets are counted, a few seconds after they
          arrive.
          {!can(user.role, "history.import") && !can(user.role, "connections.manage") && " A designer or an admin can do either."}
        </EmptyState>
      ) : (
        <Suspense fallback={<PageSkeleton label="Loading the dashboard…" />}>
          <Dashboard options={options.data} today={today} />
        </Suspense>
      )}
    </>
  );
}
