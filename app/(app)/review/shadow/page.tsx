import type { Metadata } from "next";
import { api } from "@/composition/rsc-caller";
import { load } from "@/server/api/load";
import { Refused } from "@/components/auth/Refused";
import { AssistOutcomesTable } from "@/components/shadow-review/AssistOutcomesTable";
import { ShadowReview } from "@/components/shadow-review/ShadowReview";
import { LoadFailed } from "@/components/ui/ErrorState";
import { PageHeader } from "@/components/ui/PageHeader";
import { requirePermission } from "@/server/auth/page-guard";

export const metadata: Metadata = { title: "Shadow review" };

export default async function ShadowReviewPage() {
  const { refused } = await requirePermission("shadow.review");
  if (refused) return <Refused title="Shadow review" message={refused} />;
  const [initial, tier2] = await Promise.all([
    load(() => Promise.all([api.shadowReview.queue(), api.shadowReview.rates()])),
    load(() => api.shadowReview.assistOutcomes()),
  ]);
  return (
    <>
      <PageHeader
        title="Shadow review"
        description="Replies the AI drafted in shadow mode and did not send. Say whether you would have sent each one; when a category's rate reaches your target, switch it to autonomous."
      />
      {initial.ok ? <ShadowReview initialQueue={initial.data[0]} initialRates={initial.data[1]} /> : <LoadFailed what="the shadow drafts" error={initial.error} />}
      {tier2.ok ? <AssistOutcomesTable rows={tier2.data} /> : <LoadFailed what="the Tier 2 drafts" error={tier2.error} />}
    </>
  );
}
