import Link from "next/link";
import type { RouterOutputs } from "@/server/api/root";
import { Badge } from "@/components/ui/Badge";
import { cx } from "@/components/ui/cx";
import { DateTime } from "@/components/ui/DateTime";
import { toneOf } from "@/components/ui/status-tones";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/Table";
import { deltaTone, formatDelta } from "./format";
import { BACKTEST_STATUS_TONE } from "./status";

type Run = RouterOutputs["backtests"]["list"][number];

const DELTA_TEXT = { green: "text-emerald-700", red: "text-red-700", neutral: "text-zinc-600" } as const;

/**
 * Recent backtests, newest first: what was compared, how far it got, and the headline changes (automation,
 * routing accuracy, escalations, SLA breaches), each green when better and red when worse.
 */
export function BacktestsTable({ runs }: { runs: Run[] }) {
  return (
    <Table caption="Recent backtests" aria-label="Recent backtests">
      <THead>
        <tr>
          <TH>Backtest</TH>
          <TH>Flow</TH>
          <TH>Status</TH>
          <TH className="text-right">Tickets</TH>
          <TH className="text-right">Changed</TH>
          <TH>Change vs baseline</TH>
          <TH>Started by</TH>
          <TH>Created (UTC)</TH>
        </tr>
      </THead>
      <TBody>
        {runs.map((run) => {
          return (
            <TR key={run.id}>
              <TD>
                <Link href={`/backtests/${run.id}`} className="font-medium text-indigo-700 hover:underline">
                  {run.candidateLabel} vs {run.baselineLabel}
                </Link>
              </TD>
              <TD>{run.flowId && run.flowName ? <Link href={`/flows/${run.flowId}`} className="hover:underline">{run.flowName}</Link> : <span className="text-zinc-400">—</span>}</TD>
              <TD className="max-w-xs">
                <Badge tone={toneOf(BACKTEST_STATUS_TONE, run.status)}>{run.status}</Badge>
                {run.error && (
                  <p className="mt-0.5 truncate text-xs text-red-700" title={run.error}>
                    {run.error}
                  </p>
                )}
              </TD>
              <TD className="text-right tabular-nums">
                {run.status === "completed" ? run.total.toLocaleString("en") : `${run.processed.toLocaleString("en")} / ${run.total.toLocaleString("en")}`}
              </TD>
              <TD className="text-right tabular-nums">{run.changedCount === null ? "—" : run.changedCount.toLocaleString("en")}</TD>
              <TD>
                <Headline run={run} />
              </TD>
              <TD>{run.author}</TD>
              <TD>
                <DateTime value={run.createdAt} />
              </TD>
            </TR>
          );
        })}
      </TBody>
    </Table>
  );
}

/** The four headline deltas, one per line; nothing yet while the run is queued or running, nothing ever once it failed or was cancelled. */
function Headline({ run }: { run: Run }) {
  if (run.headline.length === 0) {
    const pending = run.status === "queued" || run.status === "running";
    return <span className="text-zinc-400">{pending ? "when completed" : "—"}</span>;
  }
  return (
    <ul aria-label={`Change vs baseline: ${run.candidateLabel} vs ${run.baselineLabel}`} className="space-y-0.5 text-xs">
      {run.headline.map((h) => {
        const tone = deltaTone(h.delta, h.betterWhen);
        return (
          <li key={h.key} className="flex justify-between gap-3 whitespace-nowrap">
            <span className="text-zinc-600">{h.label}</span>
            <span className={cx("tabular-nums font-medium", DELTA_TEXT[tone])} data-tone={tone}>
              {h.delta === null ? "not compared" : formatDelta(h.delta, h.unit)}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
