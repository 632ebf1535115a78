"use client";

import Link from "next/link";
import { useQuery } from "@tanstack/react-query";
import type { RouterOutputs } from "@/server/api/root";
import { useTRPC } from "@/components/providers/trpc-provider";
import { DataTable, type DataColumn } from "@/components/ui/DataTable";
import { Skeleton } from "@/components/ui/Skeleton";

type RuleHit = RouterOutputs["backtests"]["rules"][number];

/**
 * Each rule (a step's decision: a condition branch, a switch case, a route, a tier) with how many tickets
 * took it in the candidate, linking to the tickets it matched; steps are named by their labels.
 */
export function RulesSection({ backtestId }: { backtestId: string }) {
  const trpc = useTRPC();
  const rules = useQuery(trpc.backtests.rules.queryOptions({ id: backtestId }));
  if (rules.isPending) {
    return (
      <div role="status" aria-label="Loading the rules">
        <Skeleton className="h-24 w-full" />
      </div>
    );
  }
  if (rules.isError) return <p role="alert" className="text-[13px] text-red-700">Could not load the rules: {rules.error.message}</p>;
  if (rules.data.length === 0) return <p className="text-[13px] text-zinc-600">No rule decided anything in this run.</p>;
  // A step's decisions stay together, most frequent first; the table's own sort is stable, so it keeps this within a step.
  const rows = [...rules.data].sort((a, b) => a.nodeLabel.localeCompare(b.nodeLabel) || a.nodeId.localeCompare(b.nodeId) || b.count - a.count);
  const columns: Array<DataColumn<RuleHit>> = [
    { id: "step", header: "Step", sortValue: (r) => r.nodeLabel, className: "font-medium", cell: (r) => r.nodeLabel },
    { id: "decision", header: "Decision", sortValue: (r) => r.decision, cell: (r) => r.decision },
    {
      id: "count",
      header: "Tickets matched",
      align: "right",
      sortDescFirst: true,
      sortValue: (r) => r.count,
      cell: (r) => (
        <Link
          href={`/backtests/${encodeURIComponent(backtestId)}/rules?node=${encodeURIComponent(r.nodeId)}&decision=${encodeURIComponent(r.decision)}`}
          className="text-indigo-700 hover:underline"
          aria-label={`${r.count.toLocaleString("en")} tickets matched “${r.nodeLabel}”: ${r.decision}`}
        >
          {r.count.toLocaleString("en")}
        </Link>
      ),
    },
  ];
  return (
    <DataTable
      rows={rows}
      columns={columns}
      rowKey={(r) => `${r.nodeId}\u0000${r.decision}`}
      label="Rules"
      caption="Rules and the tickets they matched"
      noun={{ one: "rule", many: "rules" }}
      searchText={(r) => `${r.nodeLabel} ${r.decision}`}
      searchPlaceholder="Step or decision, e.g. card"
      initialSort={{ columnId: "step", desc: false }}
    />
  );
}
