import type { TMetricsView } from "@/lib/backtests/metrics-view";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/Table";

/** Escalations by reason on both sides, the candidate's largest first. */
export function EscalationsTable({ candidate, baseline, candidateLabel, baselineLabel }: { candidate: TMetricsView; baseline: TMetricsView; candidateLabel: string; baselineLabel: string }) {
  const reasons = [...new Set([...candidate.escalationsByReason, ...baseline.escalationsByReason].map((r) => r.reason))];
  const count = (v: TMetricsView, reason: string) => v.escalationsByReason.find((r) => r.reason === reason)?.count ?? 0;
  const rows = reasons.map((reason) => ({ reason, candidate: count(candidate, reason), baseline: count(baseline, reason) })).sort((a, b) => b.candidate - a.candidate || b.baseline - a.baseline);
  if (rows.length === 0) return <p className="text-[13px] text-zinc-500">Neither side escalated a ticket.</p>;
  return (
    <Table caption="Escalations by reason" aria-label="Escalations by reason">
      <THead>
        <tr>
          <TH>Reason</TH>
          <TH className="text-right">{baselineLabel}</TH>
          <TH className="text-right">{candidateLabel}</TH>
          <TH className="text-right">Change</TH>
        </tr>
      </THead>
      <TBody>
        {rows.map((r) => (
          <TR key={r.reason}>
            <TD>{r.reason}</TD>
            <TD className="text-right tabular-nums">{r.baseline.toLocaleString("en")}</TD>
            <TD className="text-right tabular-nums">{r.candidate.toLocaleString("en")}</TD>
            <TD className="text-right tabular-nums text-zinc-600">{r.candidate === r.baseline ? "—" : `${r.candidate > r.baseline ? "+" : "−"}${Math.abs(r.candidate - r.baseline).toLocaleString("en")}`}</TD>
          </TR>
        ))}
      </TBody>
    </Table>
  );
}
