"use client";

import Link from "next/link";
import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "@/components/providers/trpc-provider";
import { Skeleton } from "@/components/ui/Skeleton";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/Table";

/**
 * Each rule (a node's decision: a condition branch, a switch case, a route, a tier) with how many tickets
 * took it in the candidate, linking to the tickets it matched.
 */
export function RulesSection({ backtestId }: { backtestId: string }) {
  const trpc = useTRPC();
  const rules = useQuery(trpc.backtests.rules.queryOptions({ id: backtestId }));
  if (rules.isPending) return <Skeleton className="h-24 w-full" />;
  if (rules.isError) return <p role="alert" className="text-[13px] text-red-700">Could not load the rules: {rules.error.message}</p>;
  if (rules.data.length === 0) return <p className="text-[13px] text-zinc-500">No rule decided anything in this run.</p>;
  const rows = [...rules.data].sort((a, b) => a.nodeId.localeCompare(b.nodeId) || b.count - a.count);
  return (
    <Table caption="Rules and the tickets they matched" aria-label="Rules">
      <THead>
        <tr>
          <TH>Node</TH>
          <TH>Decision</TH>
          <TH className="text-right">Tickets matched</TH>
        </tr>
      </THead>
      <TBody>
        {rows.map((r) => (
          <TR key={`${r.nodeId}\u0000${r.decision}`}>
            <TD>
              <code className="text-xs">{r.nodeId}</code>
            </TD>
            <TD>{r.decision}</TD>
            <TD className="text-right tabular-nums">
              <Link
                href={`/backtests/${encodeURIComponent(backtestId)}/rules?node=${encodeURIComponent(r.nodeId)}&decision=${encodeURIComponent(r.decision)}`}
                className="text-indigo-700 hover:underline"
                aria-label={`${r.count.toLocaleString("en")} tickets matched ${r.nodeId}: ${r.decision}`}
              >
                {r.count.toLocaleString("en")}
              </Link>
            </TD>
          </TR>
        ))}
      </TBody>
    </Table>
  );
}
