import type { OutcomeSummary } from "@/workflows/interpret/replay/types";
import { aiReplyWords, kindWords } from "@/workflows/interpret/replay/compare";
import { cx } from "@/components/ui/cx";
import { percent } from "@/components/ui/format";
import { Table, TBody, TD, TH, THead } from "@/components/ui/Table";
import { formatSeconds } from "./format";

/** A value the side did not record (the history, a run stored before the field was kept). */
const UNKNOWN = "not recorded";

const list = (items: readonly string[] | undefined): string => (items === undefined ? UNKNOWN : items.length === 0 ? "none" : items.join("\n"));

const ROWS: Array<{ label: string; show: (o: OutcomeSummary) => string }> = [
  { label: "Outcome", show: (o) => kindWords(o.kind) },
  { label: "Queue", show: (o) => o.queue ?? "—" },
  { label: "Tier", show: (o) => (o.tier === null ? "—" : `Tier ${o.tier}`) },
  { label: "Priority", show: (o) => o.priority ?? UNKNOWN },
  { label: "Escalation reason", show: (o) => o.escalationReason ?? "—" },
  { label: "AI reply", show: (o) => aiReplyWords(o.aiReply) },
  { label: "Resolved by the flow", show: (o) => (o.resolved === undefined ? UNKNOWN : o.resolved ? "yes" : "no") },
  { label: "Tags", show: (o) => (o.tags === undefined ? UNKNOWN : o.tags.length === 0 ? "none" : o.tags.join(", ")) },
  { label: "Fields set", show: (o) => (o.fields === undefined ? UNKNOWN : o.fields === null ? "none" : Object.entries(o.fields).map(([k, v]) => `${k} = ${String(v)}`).join("\n")) },
  { label: "Messages to the customer", show: (o) => list(o.customerMessages) },
  { label: "Internal notes", show: (o) => list(o.internalNotes) },
  { label: "Notifications", show: (o) => list(o.notifications?.map((n) => `${n.channel}: ${n.text}`)) },
  { label: "SLA timers", show: (o) => list(o.slaTimers?.map((t) => `${t.timer}: ${t.result}`)) },
  { label: "Intent", show: (o) => (o.intent === null ? "—" : `${o.intent}${o.intentConfidence === null ? "" : ` (${percent(o.intentConfidence)})`}`) },
  { label: "First response", show: (o) => formatSeconds(o.firstResponseSec) },
  { label: "Resolution", show: (o) => formatSeconds(o.resolutionSec) },
  { label: "SLA breached", show: (o) => (o.slaBreached ? "yes" : "no") },
];

/**
 * The two outcomes field by field, everything the ticket would see, then the predicted times; the rows that
 * differ are marked. A side that did not record a field (the history has no messages or priority) says so.
 */
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
          const changed = a !== b && a !== UNKNOWN && b !== UNKNOWN;
          return (
            <tr key={row.label} className={cx(changed && "bg-amber-50/70")} data-changed={changed || undefined}>
              <TH scope="row" className="text-left normal-case">
                {row.label}
                {changed && <span className="sr-only"> (changed)</span>}
              </TH>
              <TD className={cx("whitespace-pre-line break-words", a === UNKNOWN && "text-zinc-400")}>{a}</TD>
              <TD className={cx("whitespace-pre-line break-words", changed && "font-medium text-zinc-900", b === UNKNOWN && "text-zinc-400")}>{b}</TD>
            </tr>
          );
        })}
      </TBody>
    </Table>
  );
}
