import type { Metadata } from "next";
import { CalendarX } from "lucide-react";
import { api } from "@/composition/rsc-caller";
import { can } from "@/lib/auth/roles";
import { currentWeek, weekLabelState } from "@/lib/weekly-review/week-label";
import { load } from "@/server/api/load";
import { requirePermission } from "@/server/auth/page-guard";
import { Refused } from "@/components/auth/Refused";
import { ButtonLink } from "@/components/ui/Button";
import { EmptyState } from "@/components/ui/EmptyState";
import { LoadFailed } from "@/components/ui/ErrorState";
import { PageHeader } from "@/components/ui/PageHeader";
import { WeeklyReview } from "@/components/weekly-review/WeeklyReview";

export const metadata: Metadata = { title: "Weekly review" };

export default async function WeeklyReviewPage({ params }: { params: Promise<{ week: string }> }) {
  const { user, refused } = await requirePermission("metrics.read");
  if (refused) return <Refused title="Weekly review" message={refused} />;
  const { week } = await params;
  const label = decodeURIComponent(week);
  const state = weekLabelState(label, new Date());
  if (state !== "ok") {
    return (
      <>
        <PageHeader title="Weekly review" />
        <EmptyState
          icon={CalendarX}
          title={state === "not-a-week" ? `“${label}” is not a week` : `${label} has not started yet`}
          action={<ButtonLink href={`/review/${currentWeek(new Date())}`}>Open this week’s review</ButtonLink>}
        >
          {state === "not-a-week" ? "Weeks are written as ISO weeks, for example 2026-W49 (Monday to Sunday)." : "A week’s review is built once the week begins."}
        </EmptyState>
      </>
    );
  }
  const loaded = await load(() => api.weeklyReview.open({ week: label }));
  if (!loaded.ok) {
    return (
      <>
        <PageHeader title={`Weekly review ${label}`} />
        <LoadFailed what="the weekly review" error={loaded.error} />
      </>
    );
  }
  return <WeeklyReview initial={loaded.data} canEdit={can(user.role, "review.edit")} currentWeek={currentWeek(new Date())} />;
}
