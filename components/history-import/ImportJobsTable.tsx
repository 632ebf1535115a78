"use client";

import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "@/components/providers/trpc-provider";
import { Badge } from "@/components/ui/Badge";
import { DateTime } from "@/components/ui/DateTime";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/Table";
import type { TImportJobView } from "@/server/services/history-import/import-jobs";
import { isFinished } from "./ImportProgress";

/** The last imports with their counts; refreshes while one of them runs. */
export function ImportJobsTable({ initial }: { initial: TImportJobView[] }) {
  const trpc = useTRPC();
  const jobs = useQuery(
    trpc.historyImport.jobs.queryOptions(undefined, { initialData: initial, refetchInterval: (q) => ((q.state.data ?? []).some((j) => !isFinished(j.status) && j.status !== "uploaded") ? 1000 : false) }),
  );
  const rows = jobs.data ?? [];
  if (rows.length === 0) return <p className="text-sm text-zinc-500">No imports yet. The demo history was loaded when the studio first started.</p>;
  return (
    <Table caption="Recent imports" aria-label="Recent imports">
      <THead>
        <tr>
          <TH>File</TH>
          <TH>Format</TH>
          <TH>Status</TH>
          <TH className="text-right">Imported</TH>
          <TH className="text-right">Updated</TH>
          <TH className="text-right">Unchanged</TH>
          <TH className="text-right">Rejected</TH>
          <TH>By</TH>
          <TH>When (UTC)</TH>
        </tr>
      </THead>
      <TBody>
        {rows.map((j) => (
          <TR key={j.id}>
            <TD className="max-w-56 truncate" title={j.fileName}>{j.fileName}</TD>
            <TD>{j.format}</TD>
            <TD>
              <Badge tone={j.status === "completed" ? "green" : j.status === "failed" || j.status === "interrupted" ? "red" : "neutral"}>{j.status}</Badge>
            </TD>
            <TD className="text-right tabular-nums">{j.imported.toLocaleString("en")}</TD>
            <TD className="text-right tabular-nums">{j.updated.toLocaleString("en")}</TD>
            <TD className="text-right tabular-nums">{j.unchanged.toLocaleString("en")}</TD>
            <TD className="text-right tabular-nums">{j.rejected.toLocaleString("en")}</TD>
            <TD>{j.actor}</TD>
            <TD>
              <DateTime value={j.createdAt} />
            </TD>
          </TR>
        ))}
      </TBody>
    </Table>
  );
}
