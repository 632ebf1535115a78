"use client";

import { useQuery } from "@tanstack/react-query";
import { History } from "lucide-react";
import { useTRPC } from "@/components/providers/trpc-provider";
import type { RouterOutputs } from "@/server/api/root";
import { DateTime } from "@/components/ui/DateTime";
import { EmptyState } from "@/components/ui/EmptyState";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/Table";
import { HISTORY_LIMIT } from "./tier-map-draft";

type Versions = RouterOutputs["tierMap"]["versions"];

/** Saved versions, newest first; refetched after a save (the editor invalidates the query). */
export function TierMapHistory({ initial }: { initial: Versions }) {
  const trpc = useTRPC();
  const query = useQuery(trpc.tierMap.versions.queryOptions({ limit: HISTORY_LIMIT }, { initialData: initial }));
  const versions = query.data;
  if (versions.length === 0) {
    return (
      <EmptyState icon={History} title="No version saved yet">
        Each save of the tier map becomes a version here, with who saved it and what changed.
      </EmptyState>
    );
  }
  return (
    <>
      <Table aria-label="Tier map versions">
        <THead>
          <tr>
            <TH>Version</TH>
            <TH>Saved by</TH>
            <TH>When (UTC)</TH>
            <TH>What changed</TH>
          </tr>
        </THead>
        <TBody>
          {versions.map((v) => (
            <TR key={v.number}>
              <TD className="font-medium tabular-nums">v{v.number}</TD>
              <TD>{v.author}</TD>
              <TD>
                <DateTime value={v.createdAt} />
              </TD>
              <TD className="text-xs text-zinc-700">
                {v.changes.length === 0 ? (
                  <span className="text-zinc-500">No changes</span>
                ) : (
                  <ul className="space-y-0.5">
                    {v.changes.map((c) => (
                      <li key={c}>{c}</li>
                    ))}
                  </ul>
                )}
              </TD>
            </TR>
          ))}
        </TBody>
      </Table>
      {query.isError && (
        <p role="alert" className="mt-2 text-xs text-red-700">
          Could not refresh the history: {query.error.message}
        </p>
      )}
    </>
  );
}
