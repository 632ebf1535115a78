import type { Metadata } from "next";
import { FlaskConical } from "lucide-react";
import { api } from "@/composition/rsc-caller";
import { load } from "@/server/api/load";
import { BacktestsTable } from "@/components/backtests/BacktestsTable";
import { Refused } from "@/components/auth/Refused";
import { ButtonLink } from "@/components/ui/Button";
import { EmptyState } from "@/components/ui/EmptyState";
import { LoadFailed } from "@/components/ui/ErrorState";
import { PageHeader } from "@/components/ui/PageHeader";
import { requirePermission } from "@/server/auth/page-guard";

export const metadata: Metadata = { title: "Backtests" };

const DESCRIPTION = "Replay a flow over historical tickets before it goes live, and compare two versions metric by metric. Nothing is sent.";

export default async function BacktestsPage() {
  const { refused } = await requirePermission("backtests.read");
  if (refused) return <Refused title="Backtests" message={refused} />;
  const result = await load(() => api.backtests.list({}));
  return (
    <>
      <PageHeader title="Backtests" description={DESCRIPTION} />
      {!result.ok ? (
        <LoadFailed what="backtests" error={result.error} />
      ) : result.data.length === 0 ? (
        <EmptyState
          icon={FlaskConical}
          title="No backtests yet"
          action={
            <ButtonLink href="/flows" variant="primary">
              Open a flow
            </ButtonLink>
          }
        >
          Start one from a flow&apos;s editor (<strong>Backtest</strong> in the toolbar) or from its version history.
        </EmptyState>
      ) : (
        <BacktestsTable runs={result.data} />
      )}
    </>
  );
}
