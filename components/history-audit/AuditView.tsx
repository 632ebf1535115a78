"use client";

import { useState } from "react";
import { useMutation } from "@tanstack/react-query";
import { ClipboardCheck, RefreshCw } from "lucide-react";
import type { RouterOutputs } from "@/server/api/root";
import { useTRPC } from "@/components/providers/trpc-provider";
import { Button } from "@/components/ui/Button";
import { DateTime } from "@/components/ui/DateTime";
import { EmptyState } from "@/components/ui/EmptyState";
import { ErrorState } from "@/components/ui/ErrorState";
import { Note } from "@/components/ui/Note";
import { Section } from "@/components/ui/Section";
import { formatCount } from "./audit-format";
import { CandidatesTable } from "./CandidatesTable";
import { CategoryChart } from "./CategoryChart";
import { CategoryTable } from "./CategoryTable";
import { FrictionSections } from "./FrictionSections";
import { MetricCards } from "./MetricCards";
import { TemplateClusters } from "./TemplateClusters";

export type TStoredAudit = RouterOutputs["historyAudit"]["refresh"];

/**
 * The audit report with a "Re-run audit" button; a re-run replaces what is shown when it finishes. With no stored
 * report yet, a button to run the first one. Only roles that may run the audit (it writes categories onto tickets)
 * get the buttons; `runHint` says who can instead.
 */
export function AuditView({ initial, ticketsNow, canRun, runHint }: { initial: TStoredAudit | null; ticketsNow: number; canRun: boolean; runHint: string }) {
  const trpc = useTRPC();
  const [audit, setAudit] = useState(initial);
  const rerun = useMutation(trpc.historyAudit.refresh.mutationOptions({ onSuccess: (fresh) => setAudit(fresh) }));
  const failed = rerun.isError && (
    <div className="mb-4">
      <ErrorState title="The audit did not run" message={rerun.error.message} />
    </div>
  );
  if (audit === null) {
    return (
      <>
        {failed}
        <EmptyState
          icon={ClipboardCheck}
          title="The audit has not run yet"
          action={
            canRun ? (
              <Button variant="primary" onClick={() => rerun.mutate({})} disabled={rerun.isPending} aria-busy={rerun.isPending}>
                <RefreshCw className={rerun.isPending ? "size-3.5 animate-spin" : "size-3.5"} aria-hidden />
                {rerun.isPending ? "Running audit…" : "Run audit"}
              </Button>
            ) : undefined
          }
        >
          There are {formatCount(ticketsNow)} tickets. The audit measures where their volume and agent time go and categorises the ones without
          a category. {canRun ? "It takes a few seconds." : runHint}
        </EmptyState>
      </>
    );
  }
  const { report } = audit;
  const outdated = audit.ticketsNow !== report.totals.tickets;

  return (
    <>
      <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
        <p className="text-xs text-zinc-600" aria-live="polite">
          Computed <DateTime value={audit.createdAt} zone /> over {formatCount(report.totals.tickets)} tickets
          {report.period.from && report.period.to ? (
            <>
              {" "}
              created <DateTime value={report.period.from} /> to <DateTime value={report.period.to} />
            </>
          ) : null}
          .
        </p>
        {canRun && (
          <Button variant="primary" onClick={() => rerun.mutate({})} disabled={rerun.isPending} aria-busy={rerun.isPending}>
            <RefreshCw className={rerun.isPending ? "size-3.5 animate-spin" : "size-3.5"} aria-hidden />
            {rerun.isPending ? "Running audit…" : "Re-run audit"}
          </Button>
        )}
      </div>
      {failed}
      {outdated && (
        <Note>
          There are {formatCount(audit.ticketsNow)} tickets now; this audit counted {formatCount(report.totals.tickets)}.{" "}
          {canRun ? "Re-run it to include the latest imports." : runHint}
        </Note>
      )}

      <MetricCards report={report} />

      <Section title="Categories by volume and agent time">
        <CategoryChart categories={report.categories} />
      </Section>

      <Section
        title="Categories"
        aside={`${report.categories.length} categories; times are median / p90${report.totals.categorisedByAudit > 0 ? `; ${formatCount(report.totals.categorisedByAudit)} tickets categorised by the audit` : ""}`}
      >
        <CategoryTable categories={report.categories} />
      </Section>

      <Section title="Automation candidates" aside="Score: percent of the whole workload a first automation could take back">
        <CandidatesTable candidates={report.candidates} />
      </Section>

      <Section title="Templated replies" aside={`${report.templates.length} clusters of near-identical agent replies`}>
        <TemplateClusters templates={report.templates} agentReplies={report.totals.agentReplies} />
      </Section>

      <Section title="Friction">
        <FrictionSections friction={report.friction} />
      </Section>
    </>
  );
}
