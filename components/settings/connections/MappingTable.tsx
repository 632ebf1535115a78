"use client";

import { Badge } from "@/components/ui/Badge";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/Table";

export interface TMappingRow {
  local: string;
  label: string;
  remoteId: string | null;
  remoteName: string | null;
  source: "saved" | "suggested" | null;
}

/** One side of the mapping editor: each studio queue or agent with a choice of the helpdesk's groups or users. */
export function MappingTable({
  caption,
  localHeading,
  remoteHeading,
  empty,
  rows,
  remotes,
  title,
  onChange,
}: {
  caption: string;
  localHeading: string;
  remoteHeading: string;
  empty: string;
  rows: TMappingRow[];
  remotes: Array<{ id: string; name: string; email?: string | null }>;
  title: string;
  onChange: (rows: TMappingRow[]) => void;
}) {
  if (rows.length === 0) return <p className="rounded-lg bg-white p-4 text-[13px] text-zinc-600 ring-1 ring-zinc-200">{empty}</p>;
  const known = new Set(remotes.map((r) => r.id));
  return (
    <Table caption={caption}>
      <THead>
        <tr>
          <TH className="w-1/2">{localHeading}</TH>
          <TH>{remoteHeading}</TH>
        </tr>
      </THead>
      <TBody>
        {rows.map((row, i) => (
          <TR key={row.local}>
            <TD className="font-medium">{row.label}</TD>
            <TD>
              <span className="flex items-center gap-2">
                <select
                  aria-label={`${remoteHeading} for ${row.label}`}
                  value={row.remoteId ?? ""}
                  onChange={(e) => {
                    const remote = remotes.find((r) => r.id === e.target.value);
                    const next = [...rows];
                    next[i] = { ...row, remoteId: remote?.id ?? null, remoteName: remote?.name ?? null, source: null };
                    onChange(next);
                  }}
                  className="block h-8 w-full max-w-xs rounded-md border-0 px-2 text-[13px] text-zinc-900 shadow-sm ring-1 ring-inset ring-zinc-300 focus:outline-none focus:ring-2 focus:ring-indigo-500"
                >
                  <option value="">Not mapped</option>
                  {row.remoteId !== null && !known.has(row.remoteId) && (
                    <option value={row.remoteId}>
                      {row.remoteName ?? row.remoteId} (no longer in {title})
                    </option>
                  )}
                  {remotes.map((r) => (
                    <option key={r.id} value={r.id}>
                      {r.email ? `${r.name} <${r.email}>` : r.name}
                    </option>
                  ))}
                </select>
                {row.source === "suggested" && <Badge tone="blue" title="Matched by name or email; check it and save">Suggested</Badge>}
              </span>
            </TD>
          </TR>
        ))}
      </TBody>
    </Table>
  );
}
