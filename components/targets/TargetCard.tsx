"use client";

import type { RouterOutputs } from "@/server/api/root";
import { Badge } from "@/components/ui/Badge";
import { Button } from "@/components/ui/Button";
import { formatTargetValue } from "@/workflows/metrics/targets";
import { STATUS, formatDay, sentenceCase } from "./format";
import { TargetChart } from "./TargetChart";
import { VersionHistory } from "./VersionHistory";

type View = RouterOutputs["targets"]["board"]["targets"][number];

/** One target in force: actual against target, the projection and its status, what would have to change, the chart. */
export function TargetCard(props: { view: View; today: string; canEdit: boolean; onChange: () => void; onRetire: () => void }) {
  const { view } = props;
  const { metric } = view.history.key;
  const fmt = (v: number) => formatTargetValue(metric, v);
  const status = STATUS[view.forecast.status];
  const due = view.forecast.atDue;
  const headingId = `target-${view.current.id}`;
  return (
    <article aria-labelledby={headingId} className="space-y-4 rounded-lg border border-zinc-200 bg-white p-4 shadow-xs">
      <header className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h2 id={headingId} className="text-sm font-semibold text-zinc-900">
            {sentenceCase(view.label)}
          </h2>
          <p className="text-xs text-zinc-500">
            Set {formatDay(view.current.startsOn)}, due {formatDay(view.current.dueOn)} · version {view.current.version}
          </p>
        </div>
        <div className="flex items-center gap-2">
          <Badge tone={status.tone} title={`${status.label}: ${status.means}`}>
            {status.label}
          </Badge>
          {props.canEdit && (
            <>
              <Button size="sm" onClick={props.onChange}>
                Change
              </Button>
              <Button size="sm" variant="ghost" onClick={props.onRetire}>
                Retire
              </Button>
            </>
          )}
        </div>
      </header>
      <dl className="grid gap-3 text-[13px] sm:grid-cols-2 lg:grid-cols-4">
        <Figure term="Actual, last 4 full weeks" detail={`of ${view.actual.count.toLocaleString("en")} counted`}>
          {view.actual.value === null ? "–" : fmt(view.actual.value)}
        </Figure>
        <Figure term="Target" detail={`by ${formatDay(view.current.dueOn)}`}>
          {fmt(view.current.value)}
        </Figure>
        <Figure term="Baseline" detail={`when set, ${formatDay(view.current.startsOn)}`}>
          {view.current.baseline === null ? "–" : fmt(view.current.baseline)}
        </Figure>
        <Figure term="Projection at due date" detail={due ? `80% range ${fmt(due.low)} – ${fmt(due.high)}` : `${view.forecast.fittedWeeks} of 4 weeks needed`}>
          {due ? fmt(due.value) : "–"}
        </Figure>
      </dl>
      <p className="text-[13px] text-zinc-800" data-testid="target-sentence">
        {view.sentence}
      </p>
      <TargetChart view={view} today={props.today} />
      <VersionHistory history={view.history} title="Version history" />
    </article>
  );
}

function Figure({ term, detail, children }: { term: string; detail: string; children: React.ReactNode }) {
  return (
    <div>
      <dt className="text-xs text-zinc-500">{term}</dt>
      <dd className="text-lg font-semibold tabular-nums text-zinc-900">{children}</dd>
      <dd className="text-xs text-zinc-500">{detail}</dd>
    </div>
  );
}
