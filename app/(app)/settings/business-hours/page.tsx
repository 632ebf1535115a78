import type { Metadata } from "next";
import { api } from "@/composition/rsc-caller";
import { load } from "@/server/api/load";
import { LoadFailed } from "@/components/ui/ErrorState";
import { PageHeader } from "@/components/ui/PageHeader";
import { Refused } from "@/components/auth/Refused";
import { CalendarForm } from "@/components/settings/CalendarForm";
import { SettingsTabs } from "@/components/settings/SettingsTabs";
import { can } from "@/lib/auth/roles";
import { requirePermission } from "@/server/auth/page-guard";

export const metadata: Metadata = { title: "Business hours" };

export default async function BusinessHoursPage() {
  const { user, refused } = await requirePermission("settings.read");
  if (refused) return <Refused title="Business hours" message={refused} />;
  const result = await load(() => api.workspaceCalendar.get());
  return (
    <>
      <PageHeader
        title="Business hours"
        crumbs={[{ href: "/settings", label: "Settings" }]}
        description="When the team works. SLA timers set to count business hours, and rules on “Within business hours”, use these hours, time zone and holidays, in live runs and in backtests."
      />
      <SettingsTabs current="/settings/business-hours" role={user.role} />
      {result.ok ? <CalendarForm initial={result.data} canEdit={can(user.role, "settings.edit")} /> : <LoadFailed what="business hours" error={result.error} />}
    </>
  );
}
