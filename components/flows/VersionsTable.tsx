import Link from "next/link";
import type { RouterOutputs } from "@/server/api/root";
import { Badge } from "@/components/ui/Badge";
import { DateTime } from "@/components/ui/DateTime";
import { shortHash } from "@/components/ui/format";
import { toneOf, VERSION_STATUS_TONE } from "@/components/ui/status-tones";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/Table";
import { StartBacktestButton } from "@/components/backtests/StartBacktestButton";
import { RollbackButton } from "./RollbackButton";

type Version = RouterOutputs["flows"]["get"]["versions"][number];

/**
 * Newest first, as flows.get returns them. With `flowId`, each row links to its diffs, and each earlier
 * published or retired version that is not the active one offers "Roll back".
 */
export function VersionsTable({ versions, flowId, mayPublish = false }: { versions: Version[]; flowId?: string; mayPublish?: boolean }) {
  // Roll back is a publish: only roles that may publish see the button (the server checks again).
  const actions = flowId !== undefined && mayPublish;
  return (
    <Table caption="Version history">
      <THead>
        <tr>
          <TH>Version</TH>
          <TH>Status</TH>
          <TH>Author</TH>
          <TH>Message</TH>
          <TH>Hash</TH>
          <TH>Created (UTC)</TH>
          <TH>Published (UTC)</TH>
          {flowId !== undefined && <TH>Compare</TH>}
          {flowId !== undefined && <TH>Backtest</TH>}
          {actions && (
            <TH>
              <span className="sr-only">Actions</span>
            </TH>
          )}
        </tr>
      </THead>
      <TBody>
        {versions.map((v, i) => (
          <TR key={v.id}>
            <TD className="font-medium tabular-nums">v{v.number}</TD>
            <TD>
              <span className="flex flex-wrap gap-1">
                <Badge tone={toneOf(VERSION_STATUS_TONE, v.status)}>{v.status}</Badge>
                {v.isActive && <Badge tone="accent">active</Badge>}
                {v.isShadow && v.status !== "shadow" && <Badge tone="violet">shadowing</Badge>}
              </span>
            </TD>
            <TD>{v.author}</TD>
            <TD className="max-w-md">{v.message || <span className="text-zinc-500">—</span>}</TD>
            <TD>
              <code title={v.contentHash} className="text-zinc-600">
                {shortHash(v.contentHash)}
              </code>
            </TD>
            <TD>
              <DateTime value={v.createdAt} />
            </TD>
            <TD>
              <DateTime value={v.publishedAt} />
            </TD>
            {flowId !== undefined && (
              <TD>
                <CompareLinks flowId={flowId} version={v} previous={versions[i + 1]} />
              </TD>
            )}
            {flowId !== undefined && (
              <TD className="py-1">
                <StartBacktestButton flowId={flowId} candidate={{ kind: "version", versionId: v.id }} label={`Backtest v${v.number}`} />
              </TD>
            )}
            {actions && (
              <TD className="py-1.5 text-right">
                {canRollBack(v) && <RollbackButton flowId={flowId!} versionId={v.id} number={v.number} />}
              </TD>
            )}
          </TR>
        ))}
      </TBody>
    </Table>
  );
}

/** Only versions that once ran live can be rolled back to; the active one already is live. */
function canRollBack(v: Version): boolean {
  return !v.isActive && (v.status === "published" || v.status === "retired");
}

function CompareLinks({ flowId, version, previous }: { flowId: string; version: Version; previous: Version | undefined }) {
  const href = (from: string, to: string) => `/flows/${encodeURIComponent(flowId)}/diff?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`;
  return (
    <span className="flex gap-2 whitespace-nowrap">
      {previous && (
        <Link href={href(previous.id, version.id)} className="text-indigo-700 hover:underline" title={`What changed from v${previous.number} to v${version.number}`}>
          vs v{previous.number}
        </Link>
      )}
      <Link href={href(version.id, "draft")} className="text-indigo-700 hover:underline" title={`What the working draft changes relative to v${version.number}`}>
        vs draft
      </Link>
    </span>
  );
}
