import type { TAuditReport } from "@/server/services/history-audit/audit-report";
import { formatCount, formatShare, templatedShare } from "./audit-format";

function Card({ label, value, hint }: { label: string; value: string; hint?: string }) {
  return (
    <div role="group" aria-label={label} className="rounded-lg border border-zinc-200 bg-white p-3 shadow-xs">
      <div className="text-[11px] font-medium uppercase tracking-wide text-zinc-500">{label}</div>
      <div className="mt-1 text-xl font-semibold tabular-nums text-zinc-900">{value}</div>
      {hint && <div className="mt-0.5 text-xs text-zinc-500">{hint}</div>}
    </div>
  );
}

/** The headline numbers of the audit, one card each. */
export function MetricCards({ report }: { report: TAuditReport }) {
  const { totals, friction } = report;
  return (
    <div className="mb-6 grid grid-cols-2 gap-3 md:grid-cols-3 xl:grid-cols-6">
      <Card
        label="Tickets"
        value={formatCount(totals.tickets)}
        hint={totals.categorisedByAudit > 0 ? `${formatCount(totals.categorisedByAudit)} categorised by the audit` : `${report.categories.length} categories`}
      />
      <Card label="Agent hours" value={formatCount(Math.round(totals.agentHours))} hint={`${formatCount(totals.agentReplies)} agent replies`} />
      <Card label="Templated" value={formatShare(templatedShare(report))} hint={`of tickets; ${report.templates.length} reply templates`} />
      <Card label="Bounced" value={formatCount(friction.bounced.count)} hint={`${formatShare(friction.bounced.share)} of tickets`} />
      <Card label="Stalled" value={formatCount(friction.stalled.count)} hint={`silent over ${friction.stalled.thresholdHours} h`} />
      <Card
        label="Escalated, then templated"
        value={formatCount(friction.escalatedThenTemplated.count)}
        hint={`${formatShare(friction.escalatedThenTemplated.share)} of tickets`}
      />
    </div>
  );
}
