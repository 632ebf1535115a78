import type { Metadata } from "next";
import { api } from "@/composition/rsc-caller";
import { load } from "@/server/api/load";
import { BacktestRunView } from "@/components/backtests/BacktestRunView";
import { Refused } from "@/components/auth/Refused";
import { DateTime } from "@/components/ui/DateTime";
import { LoadFailed } from "@/components/ui/ErrorState";
import { PageHeader } from "@/components/ui/PageHeader";
import { requirePermission } from "@/server/auth/page-guard";

export const metadata: Metadata = { title: "Backtest" };

const CRUMBS = [{ href: "/backtests", label: "Backtests" }];

export default async function BacktestPage({ params }: { params: Promise<{ id: string }> }) {
  const { refused } = await requirePermission("backtests.read");
  if (refused) return <Refused title="Backtest" message={refused} />;
  const { id } = await params;
  const result = await load(() => api.backtests.get({ id }));
  if (!result.ok) {
    return (
      <>
        <PageHeader title="Backtest" crumbs={CRUMBS} />
        <LoadFailed what="this backtest" error={result.error} />
      </>
    );
  }
  const run = result.data;
  const s = run.selection;
  const range = s.from || s.to ? `${s.from ?? "the start"} to ${s.to ?? "now"}` : "all history";
  return (
    <>
      <PageHeader
        title={`${run.candidateLabel} vs ${run.baselineLabel}`}
        crumbs={run.flowId && run.flowName ? [...CRUMBS, { href: `/flows/${run.flowId}`, label: run.flowName }] : CRUMBS}
        description={`Tickets from ${range}${s.categories?.length ? ` in ${s.categories.length} categories` : ""}${s.sampleSize ? `, a sample of ${s.sampleSize.toLocaleString("en")}` : ""}.`}
        meta={
          <span>
            Started <DateTime value={run.createdAt} zone />
          </span>
        }
      />
      <BacktestRunView initial={run} />
    </>
  );
}
