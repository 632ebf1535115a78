"use client";

import { useState } from "react";
import { useMutation } from "@tanstack/react-query";
import { RefreshCw } from "lucide-react";
import type { RouterOutputs } from "@/server/api/root";
import { useTRPC } from "@/components/providers/trpc-provider";
import { Button } from "@/components/ui/Button";
import { DateTime } from "@/components/ui/DateTime";
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

export type TStoredAudit = NonNullable<RouterOutputs["historyAudit"]["latest"]>;

/** The audit report with a "Re-run audit" button; a re-run replaces what is shown when it finishes. */
export function AuditView({ initial }: { initial: TStoredAudit }) {
  const trpc = useTRPC();
  const [audit, setAudit] = useState(initial);
  const rerun = useMutation(trpc.historyAudit.refresh.mutationOptions({ onSuccess: (fresh) => setAudit(fresh) }));
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
        <Button variant="primary" onClick={() => rerun.mutate({})} disabled={rerun.isPending} aria-busy={rerun.isPending}>
          <RefreshCw className={rerun.isPending ? "size-3.5 animate-spin" : "size-3.5"} aria-hidden />
          {rerun.isPending ? "Running audit…" : "Re-run audit"}
        </Button>
      </div>
      {rerun.isError && (
        <div className="mb-4">
          <ErrorState title="The audit did not run" message={rerun.error.message} />
        </div>
      )}
      {outdated && (
        <Note>
          There are {formatCount(audit.ticketsNow)} tickets now; this audit counted {formatCount(report.totals.tickets)}. Re-run it to
          include the latest imports.
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
