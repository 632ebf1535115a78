import type { Metadata } from "next";
import { api } from "@/composition/rsc-caller";
import { can } from "@/lib/auth/roles";
import { ZSignalsViewSchema } from "@/lib/signals/view";
import { load } from "@/server/api/load";
import { requirePermission } from "@/server/auth/page-guard";
import { Refused } from "@/components/auth/Refused";
import { ShareBar } from "@/components/signals/ShareBar";
import { SignalSections } from "@/components/signals/SignalSections";
import { ViewControls } from "@/components/signals/ViewControls";
import { LoadFailed } from "@/components/ui/ErrorState";
import { PageHeader } from "@/components/ui/PageHeader";

export const metadata: Metadata = { title: "Signals" };

export default async function SignalsPage({ searchParams }: { searchParams: Promise<{ to?: string; origin?: string }> }) {
  const { user, refused } = await requirePermission("metrics.read");
  if (refused) return <Refused title="Signals" message={refused} />;
  const search = await searchParams;
  // The days are UTC days, as the rollup counts them; an unreadable address falls back to the last 7 days.
  const today = new Date().toISOString().slice(0, 10);
  const parsed = ZSignalsViewSchema.safeParse({ to: search.to ?? today, origin: search.origin ?? "all" });
  const view = parsed.success ? parsed.data : { to: today, origin: "all" as const };
  const result = await load(() => api.signals.report(view));
  return (
    <>
      <PageHeader
        title="Signals"
        description="What your tickets say about the product: categories rising against their own past, friction by page, customers who come back, and topics the classifier does not know yet."
      />
      <ViewControls view={view} />
      {!result.ok ? (
        <LoadFailed what="the signals" error={result.error} />
      ) : (
        <>
          <ShareBar view={view} canShare={can(user.role, "review.edit")} />
          <SignalSections report={result.data} readOnly={false} />
        </>
      )}
    </>
  );
}
