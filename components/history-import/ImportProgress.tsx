"use client";

import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "@/components/providers/trpc-provider";
import { ButtonLink } from "@/components/ui/Button";
import { ProgressBar } from "@/components/ui/ProgressBar";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/Table";
import { formatBytes } from "@/components/ui/format";
import { errorText } from "@/components/ui/error-text";

const POLL_MS = 500;
const SHOWN_REJECTIONS = 50;

/** Step 3: the running import, polled until it ends; then its counts, the rejected rows and where to go next. */
export function ImportProgress({ jobId }: { jobId: string }) {
  const trpc = useTRPC();
  const job = useQuery(
    trpc.historyImport.job.queryOptions({ id: jobId }, { refetchInterval: (q) => (q.state.data && !isFinished(q.state.data.status) ? POLL_MS : false), staleTime: 0 }),
  );
  if (job.isPending) return <ProgressBar label="Import progress" value={null} detail="Starting…" />;
  if (job.isError) return <p role="alert" className="text-sm text-rose-700">{errorText(job.error)}</p>;
  const j = job.data;
  const running = !isFinished(j.status);
  const eta = running && j.ticketsPerSecond && j.progress > 0.02 && j.startedAt ? etaText(j.startedAt, j.progress) : null;

  return (
    <div className="space-y-4">
      <ProgressBar
        label="Import progress"
        value={j.status === "completed" ? 1 : j.progress}
        tone={j.status === "failed" || j.status === "interrupted" ? "rose" : j.status === "completed" ? "emerald" : "indigo"}
        detail={`${formatBytes(j.bytesRead)} of ${formatBytes(j.fileBytes)} · ${j.records.toLocaleString("en")} records${j.ticketsPerSecond ? ` · ${j.ticketsPerSecond.toLocaleString("en")} tickets/s` : ""}${eta ? ` · ${eta}` : ""}`}
      />
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4" aria-label="Import counts">
        <Count label="Imported" value={j.imported} />
        <Count label="Updated" value={j.updated} />
        <Count label="Unchanged" value={j.unchanged} />
        <Count label="Rejected" value={j.rejected} warn={j.rejected > 0} />
      </dl>
      <p role="status" className="text-sm text-zinc-700">
        {statusSentence(j.status, j.error)}
      </p>
      {j.category?.summary && <p className="text-sm text-zinc-700">{j.category.summary}</p>}
      {j.category?.outcome?.note && (
        <p role="note" className="rounded-md bg-amber-50 px-3 py-2 text-[13px] text-amber-900 ring-1 ring-inset ring-amber-200">
          {j.category.outcome.note}
        </p>
      )}
      {j.rejections.length > 0 && (
        <Table caption="Rejected rows" aria-label="Rejected rows">
          <THead>
            <tr>
              <TH>Where</TH>
              <TH>Why</TH>
            </tr>
          </THead>
          <TBody>
            {j.rejections.slice(0, SHOWN_REJECTIONS).map((r, i) => (
              <TR key={i}>
                <TD className="whitespace-nowrap tabular-nums">{r.line !== undefined ? `Line ${r.line}` : `Record ${r.record}`}</TD>
                <TD>{r.reason}</TD>
              </TR>
            ))}
          </TBody>
        </Table>
      )}
      {j.status === "completed" && (
        <div className="flex gap-2">
          <ButtonLink href="/history-audit" variant="primary">
            Open the audit
          </ButtonLink>
          <ButtonLink href="/history-audit/tiers">Tier map</ButtonLink>
        </div>
      )}
    </div>
  );
}

function Count({ label, value, warn = false }: { label: string; value: number; warn?: boolean }) {
  return (
    <div className="rounded-lg border border-zinc-200 bg-white px-3 py-2">
      <dt className="text-[11px] uppercase tracking-wide text-zinc-500">{label}</dt>
      <dd className={warn ? "text-lg font-semibold tabular-nums text-rose-700" : "text-lg font-semibold tabular-nums text-zinc-900"}>{value.toLocaleString("en")}</dd>
    </div>
  );
}

export function isFinished(status: string): boolean {
  return status === "completed" || status === "failed" || status === "interrupted";
}

function statusSentence(status: string, error: string | null): string {
  switch (status) {
    case "completed":
      return "Import complete. Re-importing the same file changes nothing; an updated export updates tickets in place.";
    case "failed":
      return `The import stopped: ${error ?? "unknown error"}. Rows before the failure were kept.`;
    case "interrupted":
      return "The import stopped reporting (the server was restarted). Rows imported so far were kept; upload the file again to finish — nothing is imported twice.";
    default:
      return "Importing…";
  }
}

function etaText(startedAt: Date, progress: number): string {
  const elapsed = (Date.now() - new Date(startedAt).getTime()) / 1000;
  const left = Math.max(0, (elapsed / progress) * (1 - progress));
  return `about ${left < 60 ? `${Math.ceil(left)} s` : `${Math.ceil(left / 60)} min`} left`;
}
