import type { TAuditReport } from "@/server/services/history-audit/audit-report";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/Table";
import { formatHours, formatShare } from "./audit-format";

/** The ranked automation candidates with their score and why. */
export function CandidatesTable({ candidates }: { candidates: TAuditReport["candidates"] }) {
  if (candidates.length === 0) {
    return <p className="text-[13px] text-zinc-600">No category has tickets or agent time to win back.</p>;
  }
  return (
    <Table caption="Automation candidates, best first" aria-label="Automation candidates">
      <THead>
        <tr>
          <TH className="text-right">#</TH>
          <TH>Category</TH>
          <TH className="text-right" title="Percent of the whole workload a first automation could take back">
            Score
          </TH>
          <TH className="text-right">Tickets</TH>
          <TH className="text-right">Agent time</TH>
          <TH className="text-right">Templated</TH>
          <TH>Tier</TH>
          <TH>Why</TH>
        </tr>
      </THead>
      <TBody>
        {candidates.map((c) => (
          <TR key={c.category}>
            <TD className="text-right tabular-nums">{c.rank}</TD>
            <TD className="font-medium">{c.category}</TD>
            <TD className="text-right tabular-nums">{c.score.toFixed(2)}</TD>
            <TD className="text-right tabular-nums">{c.tickets.toLocaleString("en-US")}</TD>
            <TD className="text-right tabular-nums">{formatHours(c.agentHours)}</TD>
            <TD className="text-right tabular-nums">{formatShare(c.templateShare)}</TD>
            <TD>Tier {c.suggestedTier}</TD>
            <TD className="text-xs text-zinc-600">{c.reasons.join(" · ")}</TD>
          </TR>
        ))}
      </TBody>
    </Table>
  );
}
