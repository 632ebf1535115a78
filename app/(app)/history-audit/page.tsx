import type { Metadata } from "next";
import { ClipboardCheck, Map as MapIcon, Upload } from "lucide-react";
import { api } from "@/composition/rsc-caller";
import { load } from "@/server/api/load";
import { AuditView } from "@/components/history-audit/AuditView";
import { Refused } from "@/components/auth/Refused";
import { ButtonLink } from "@/components/ui/Button";
import { EmptyState } from "@/components/ui/EmptyState";
import { LoadFailed } from "@/components/ui/ErrorState";
import { PageHeader } from "@/components/ui/PageHeader";
import { requirePermission } from "@/server/auth/page-guard";
import { can, rolesWith } from "@/lib/auth/roles";

export const metadata: Metadata = { title: "Audit" };

export default async function AuditPage() {
  const { user, refused } = await requirePermission("history.read");
  if (refused) return <Refused title="Audit" message={refused} />;
  // Only reads: running the audit (a few seconds on 20,000 tickets) is the button's, for roles that may.
  const result = await load(() => api.historyAudit.latest());
  const runners = rolesWith("history.audit");
  const runHint = `Ask someone with the ${runners.slice(0, -1).join(", ")} or ${runners.at(-1)} role to run it.`;
  return (
    <>
      <PageHeader
        title="Audit"
        description="Where the volume and the agent time of your ticket history go, what agents answer with the same reply, where tickets get stuck, and what to automate first."
        actions={
          <div className="flex gap-2">
            <ButtonLink href="/history-import">
              <Upload className="size-3.5" aria-hidden />
              Import history
            </ButtonLink>
            <ButtonLink href="/history-audit/tiers">
              <MapIcon className="size-3.5" aria-hidden />
              Tier map
            </ButtonLink>
          </div>
        }
      />
      {!result.ok ? (
        <LoadFailed what="the audit" error={result.error} />
      ) : result.data === null ? (
        <EmptyState
          icon={ClipboardCheck}
          title="No tickets to audit yet"
          action={
            <ButtonLink href="/history-import" variant="primary">
              Import ticket history
            </ButtonLink>
          }
        >
          Import 30–90 days of tickets from Zendesk, Freshdesk, Intercom or a CSV file, and the audit shows categories by volume and agent
          time, baseline metrics, templated replies, friction and what to automate first.
        </EmptyState>
      ) : (
        <AuditView
          initial={result.data.audit && { ...result.data.audit, ticketsNow: result.data.ticketsNow }}
          ticketsNow={result.data.ticketsNow}
          canRun={can(user.role, "history.audit")}
          runHint={runHint}
        />
      )}
    </>
  );
}
