import type { RouterOutputs } from "@/server/api/root";
import { Badge } from "@/components/ui/Badge";
import { DateTime } from "@/components/ui/DateTime";
import { Section } from "@/components/ui/Section";
import { OutcomeComparison } from "./OutcomeComparison";
import { OutcomeDifferences } from "./OutcomeDifferences";
import { TicketTimeline } from "./TicketTimeline";
import { TraceColumn } from "./TraceColumn";
import { TraceDetails } from "./TraceDetails";
import { stepKindTitle } from "./trace-words";

type Detail = RouterOutputs["backtests"]["ticket"];

/**
 * One changed ticket: what changed (each difference with both values), where the two sides part (the node by
 * its label, and each side's decision with its reason and numbers), the outcomes field by field, both step
 * traces side by side with that node highlighted, and the ticket's text and timeline as the replay fed them.
 */
export function ChangedTicketView({ detail, candidateLabel, baselineLabel, baselineKind }: { detail: Detail; candidateLabel: string; baselineLabel: string; baselineKind: "version" | "history" }) {
  const d = detail.divergence;
  const labels = detail.nodeLabels;
  return (
    <>
      <Section title="What changed">
        <OutcomeDifferences baseline={detail.baseline} candidate={detail.candidate} baselineLabel={baselineLabel} candidateLabel={candidateLabel} baselineKind={baselineKind} />
      </Section>
      <Section title="Where they part">
        <div className="rounded-lg border border-amber-300 bg-amber-50/60 p-3 text-[13px]">
          <p className="font-medium text-zinc-900">
            {d.nodeId === "" ? "No step: the flow did nothing" : `“${d.nodeLabel ?? labels[d.nodeId] ?? d.nodeId}”`}{" "}
            {d.nodeType !== "" && <span className="font-normal text-zinc-500">({stepKindTitle(d.nodeType)} step)</span>}
          </p>
          <div className="mt-2 grid gap-3 md:grid-cols-2">
            <Decision side={baselineLabel} decision={d.baseline} />
            <Decision side={candidateLabel} decision={d.candidate} />
          </div>
        </div>
      </Section>
      <Section title="Outcomes">
        <OutcomeComparison baseline={detail.baseline} candidate={detail.candidate} baselineLabel={baselineLabel} candidateLabel={candidateLabel} />
      </Section>
      <Section title="Step traces">
        <div className="grid gap-4 lg:grid-cols-2">
          <TraceColumn
            title={baselineLabel}
            entries={detail.baselineTrace}
            divergenceNodeId={d.nodeId}
            nodeLabels={labels}
            empty={baselineKind === "history" ? "The history has no flow trace: people handled this ticket. Its outcome is in the table above and its timeline below." : "No steps recorded."}
          />
          <TraceColumn title={candidateLabel} entries={detail.candidateTrace} divergenceNodeId={d.nodeId} nodeLabels={labels} empty="No steps recorded." />
        </div>
      </Section>
      <div className="grid gap-6 lg:grid-cols-2">
        <Section title="Ticket">
          <div className="rounded-lg border border-zinc-200 bg-white p-3 text-[13px]">
            <div className="mb-2 flex flex-wrap items-center gap-2 text-xs text-zinc-500">
              {detail.ticket.category && <Badge>{detail.ticket.category}</Badge>}
              <DateTime value={detail.ticket.createdAt} zone />
              <code>{detail.ticket.id}</code>
            </div>
            <p className="whitespace-pre-wrap break-words text-zinc-800">{detail.ticket.body || <span className="text-zinc-500">No text stored.</span>}</p>
          </div>
        </Section>
        <Section title="Timeline">
          <TicketTimeline messages={detail.ticket.messages} />
        </Section>
      </div>
    </>
  );
}

function Decision({ side, decision }: { side: string; decision: Detail["divergence"]["baseline"] }) {
  return (
    <div aria-label={`Decision: ${side}`} role="group">
      <p className="text-[11px] font-medium uppercase tracking-wide text-zinc-500">{side}</p>
      {decision === null ? (
        <p className="text-zinc-500">Did not reach this node.</p>
      ) : (
        <>
          <p className="font-medium text-zinc-900">{decision.decision}</p>
          <p className="text-zinc-700">{decision.reason}</p>
          {decision.details && Object.keys(decision.details).length > 0 && <TraceDetails details={decision.details} />}
        </>
      )}
    </div>
  );
}
