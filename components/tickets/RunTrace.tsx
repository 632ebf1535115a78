import Link from "next/link";
import type { RouterOutputs } from "@/server/api/root";
import { Badge } from "@/components/ui/Badge";
import { DateTime } from "@/components/ui/DateTime";
import { describeOutcome } from "@/components/ui/format";
import { RUN_STATUS_TONE, toneOf } from "@/components/ui/status-tones";
import { STEP_TONE } from "@/components/ui/step-tones";
import { Timeline, TimelineItem } from "@/components/ui/Timeline";
import { TraceDetails } from "@/components/backtests/TraceDetails";
import { stepKindTitle } from "@/components/backtests/trace-words";

const isDetails = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

type Run = RouterOutputs["tickets"]["get"]["runs"][number];

/** One flow run on a ticket: its version, status and outcome, and each step named by its node's label in that version. */
export function RunTrace({ run }: { run: Run }) {
  const outcome = describeOutcome(run.outcome);
  return (
    <article className="rounded-lg border border-zinc-200 bg-white">
      <header className="flex flex-wrap items-center gap-2 border-b border-zinc-100 px-4 py-2.5">
        <Link href={`/flows/${run.version.flow.id}`} className="font-medium text-indigo-700 hover:underline">
          {run.version.flow.name}
        </Link>
        <span className="text-zinc-500">v{run.version.number}</span>
        <Badge tone={toneOf(RUN_STATUS_TONE, run.status)}>{run.status}</Badge>
        {run.shadow && (
          <Badge tone="violet" title="Shadow runs decide but send nothing">
            shadow
          </Badge>
        )}
        {outcome && <span className="text-xs text-zinc-600">outcome: {outcome}</span>}
        <span className="ml-auto text-xs text-zinc-500">
          <DateTime value={run.startedAt} zone />
          {run.completedAt && (
            <>
              {" → "}
              <DateTime value={run.completedAt} timeOnly />
            </>
          )}
        </span>
      </header>
      <div className="px-4 py-3">
        <p className="mb-3 font-mono text-[11px] text-zinc-500">workflow {run.workflowId}</p>
        {run.events.length === 0 ? (
          <p className="text-zinc-500">No steps recorded yet.</p>
        ) : (
          <Timeline label={`Steps of run ${run.workflowId}`}>
            {run.events.map((e) => (
              <TimelineItem
                key={e.id}
                tone={STEP_TONE[e.nodeType] ?? "neutral"}
                title={
                  <span className="flex flex-wrap items-baseline gap-x-2">
                    <span className="tabular-nums text-zinc-500">#{e.seq}</span>
                    <span>{e.decision}</span>
                    <span className="text-xs font-normal text-zinc-500">
                      {run.nodeLabels[e.nodeId] !== undefined ? `“${run.nodeLabels[e.nodeId]}”` : <code>{e.nodeId}</code>} · {stepKindTitle(e.nodeType)}
                    </span>
                  </span>
                }
                aside={<DateTime value={e.at} timeOnly />}
              >
                {e.reason}
                {isDetails(e.details) && Object.keys(e.details).length > 0 && <TraceDetails details={e.details} />}
              </TimelineItem>
            ))}
          </Timeline>
        )}
      </div>
    </article>
  );
}
