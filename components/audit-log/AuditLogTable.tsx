"use client";

import Link from "next/link";
import { useInfiniteQuery } from "@tanstack/react-query";
import { useTRPC } from "@/components/providers/trpc-provider";
import type { RouterOutputs } from "@/server/api/root";
import { Badge } from "@/components/ui/Badge";
import { Button } from "@/components/ui/Button";
import { DateTime } from "@/components/ui/DateTime";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/Table";
import { AUDIT_PAGE_SIZE, auditActionLabel, auditVersion, rolledBackTo } from "./audit-actions";

type Page = RouterOutputs["auditLog"]["list"];
type Entry = Page["items"][number];

/** The audit log, newest first: the server renders the first page, "Load more" fetches the next ones over tRPC. */
export function AuditLogTable({ firstPage }: { firstPage: Page }) {
  const trpc = useTRPC();
  const query = useInfiniteQuery(
    trpc.auditLog.list.infiniteQueryOptions(
      { limit: AUDIT_PAGE_SIZE },
      {
        getNextPageParam: (last) => last.nextCursor,
        initialData: { pages: [firstPage], pageParams: [null] },
      },
    ),
  );
  const entries = query.data.pages.flatMap((p) => p.items);

  return (
    <>
      <Table caption="Audit log, newest first">
        <THead>
          <tr>
            <TH>When (UTC)</TH>
            <TH>Action</TH>
            <TH>Subject</TH>
            <TH>Version</TH>
            <TH>Actor</TH>
            <TH>Details</TH>
          </tr>
        </THead>
        <TBody>
          {entries.map((e) => (
            <AuditRow key={e.id} entry={e} />
          ))}
        </TBody>
      </Table>
      <div className="mt-3 flex items-center gap-3 text-xs text-zinc-500" aria-live="polite">
        {query.hasNextPage ? (
          <Button size="sm" onClick={() => void query.fetchNextPage()} disabled={query.isFetchingNextPage}>
            {query.isFetchingNextPage ? "Loading…" : "Load more"}
          </Button>
        ) : null}
        <span>
          {entries.length} {entries.length === 1 ? "entry" : "entries"} shown{query.hasNextPage ? "" : " — that is all of them"}
        </span>
        {query.isFetchNextPageError && (
          <span role="alert" className="text-red-700">
            Could not load more: {query.error?.message}
          </span>
        )}
      </div>
    </>
  );
}

function AuditRow({ entry: e }: { entry: Entry }) {
  const version = auditVersion(e.details);
  const target = e.action === "flow.rollback" ? rolledBackTo(e.details) : null;
  return (
    <TR>
      <TD>
        <DateTime value={e.createdAt} />
      </TD>
      <TD>
        <Badge title={e.action}>{auditActionLabel(e.action)}</Badge>
      </TD>
      <TD>
        {e.subject.kind === "flow" ? (
          e.subject.name !== null ? (
            <Link href={`/flows/${e.subject.id}`} className="font-medium text-indigo-700 hover:underline">
              {e.subject.name}
            </Link>
          ) : (
            <span className="text-zinc-500" title={e.subject.id}>
              Deleted flow
            </span>
          )
        ) : (
          <code className="text-xs">{e.subject.value}</code>
        )}
      </TD>
      <TD className="tabular-nums">
        {version !== null ? `v${version}` : <span className="text-zinc-500">—</span>}
        {target !== null && <span className="text-zinc-500"> (graph of v{target})</span>}
      </TD>
      <TD className="text-zinc-600">{e.actor}</TD>
      <TD>
        {e.details !== null ? (
          <details>
            <summary className="cursor-pointer text-xs text-zinc-500">JSON</summary>
            <pre className="mt-1 max-w-md overflow-x-auto rounded bg-zinc-50 p-2 text-[11px] text-zinc-700">{JSON.stringify(e.details, null, 2)}</pre>
          </details>
        ) : (
          <span className="text-zinc-500">—</span>
        )}
      </TD>
    </TR>
  );
}
