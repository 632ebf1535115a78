import type { OutcomeSummary } from "@/workflows/interpret/replay/types";
import { cx } from "@/components/ui/cx";
import { percent } from "@/components/ui/format";
import { Table, TBody, TD, TH, THead } from "@/components/ui/Table";
import { formatSeconds } from "./format";

const ROWS: Array<{ label: string; show: (o: OutcomeSummary) => string }> = [
  { label: "Outcome", show: (o) => o.kind },
  { label: "Queue", show: (o) => o.queue ?? "—" },
  { label: "Tier", show: (o) => (o.tier === null ? "—" : `Tier ${o.tier}`) },
  { label: "Escalation reason", show: (o) => o.escalationReason ?? "—" },
  { label: "AI reply", show: (o) => o.aiReply ?? "—" },
  { label: "Intent", show: (o) => (o.intent === null ? "—" : `${o.intent}${o.intentConfidence === null ? "" : ` (${percent(o.intentConfidence)})`}`) },
  { label: "First response", show: (o) => formatSeconds(o.firstResponseSec) },
  { label: "Resolution", show: (o) => formatSeconds(o.resolutionSec) },
  { label: "SLA breached", show: (o) => (o.slaBreached ? "yes" : "no") },
];

/** The two outcomes field by field; the fields that differ are marked. */
export function OutcomeComparison({ baseline, candidate, baselineLabel, candidateLabel }: { baseline: OutcomeSummary; candidate: OutcomeSummary; baselineLabel: string; candidateLabel: string }) {
  return (
    <Table caption="Outcome comparison" aria-label="Outcome comparison">
      <THead>
        <tr>
          <TH>Field</TH>
          <TH>{baselineLabel}</TH>
          <TH>{candidateLabel}</TH>
        </tr>
      </THead>
      <TBody>
        {ROWS.map((row) => {
          const a = row.show(baseline);
          const b = row.show(candidate);
          const changed = a !== b;
          return (
            <tr key={row.label} className={cx(changed && "bg-amber-50/70")} data-changed={changed || undefined}>
              <TH scope="row" className="text-left normal-case">
                {row.label}
                {changed && <span className="sr-only"> (changed)</span>}
              </TH>
              <TD>{a}</TD>
              <TD className={cx(changed && "font-medium text-zinc-900")}>{b}</TD>
            </tr>
          );
        })}
      </TBody>
    </Table>
  );
}
