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

/** Recent backtests, newest first: what was compared, how far it got, and the headline change. */
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
          <TH className="text-right">Automation Δ</TH>
          <TH>Started by</TH>
          <TH>Created (UTC)</TH>
        </tr>
      </THead>
      <TBody>
        {runs.map((run) => {
          const tone = deltaTone(run.automationDelta, "higher");
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
              <TD className={cx("text-right tabular-nums", DELTA_TEXT[tone])}>{formatDelta(run.automationDelta, "percent")}</TD>
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
