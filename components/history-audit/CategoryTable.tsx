"use client";

import type { TCategoryAudit } from "@/server/services/history-audit/audit-report";
import { Badge, type Tone } from "@/components/ui/Badge";
import { DataTable, type DataColumn } from "@/components/ui/DataTable";
import { formatHours, formatMinutes, formatShare } from "./audit-format";
import { CategoryDetails } from "./CategoryDetails";
import { TrendCell } from "./TrendCell";

const TIER_TONE: Record<1 | 2 | 3, Tone> = { 1: "green", 2: "amber", 3: "red" };

type Stat = { median: number | null; p90: number | null };

const stat = (s: Stat, format: (x: number | null) => string) => (
  <span className="whitespace-nowrap tabular-nums">
    {format(s.median)} <span className="text-zinc-500">/ {format(s.p90)}</span>
  </span>
);

const COLUMNS: Array<DataColumn<TCategoryAudit>> = [
  {
    id: "category",
    header: "Category",
    sortValue: (c) => c.category,
    className: "max-w-64 truncate font-medium",
    cell: (c) => <span title={c.category}>{c.category}</span>,
  },
  { id: "tickets", header: "Tickets", align: "right", sortDescFirst: true, sortValue: (c) => c.tickets, cell: (c) => c.tickets.toLocaleString("en-US") },
  { id: "share", header: "Share", align: "right", cell: (c) => formatShare(c.share) },
  { id: "trend", header: "Trend", sortDescFirst: true, sortValue: (c) => c.trend.changePct, cell: (c) => <TrendCell trend={c.trend} /> },
  {
    id: "agentHours",
    header: "Agent time",
    align: "right",
    sortDescFirst: true,
    sortValue: (c) => c.agentHours,
    cell: (c) => <span title={`${formatShare(c.agentTimeShare)} of all agent time`}>{formatHours(c.agentHours)}</span>,
  },
  {
    id: "firstResponse",
    header: "First response",
    headerTitle: "Median / p90",
    sortDescFirst: true,
    sortValue: (c) => c.baseline.firstResponseMinutes.median,
    cell: (c) => stat(c.baseline.firstResponseMinutes, formatMinutes),
  },
  {
    id: "resolution",
    header: "Resolution",
    headerTitle: "Median / p90",
    sortDescFirst: true,
    sortValue: (c) => c.baseline.resolutionHours.median,
    cell: (c) => stat(c.baseline.resolutionHours, formatHours),
  },
  { id: "handle", header: "Handle", headerTitle: "Median / p90", sortDescFirst: true, sortValue: (c) => c.baseline.handleMinutes.median, cell: (c) => stat(c.baseline.handleMinutes, formatMinutes) },
  {
    id: "csat",
    header: "CSAT",
    align: "right",
    sortDescFirst: true,
    sortValue: (c) => c.baseline.csat,
    cell: (c) => <span title={`${c.baseline.csatResponses} ratings`}>{c.baseline.csat === null ? "–" : c.baseline.csat.toFixed(1)}</span>,
  },
  { id: "reopen", header: "Reopen", align: "right", sortDescFirst: true, sortValue: (c) => c.baseline.reopenRate, cell: (c) => formatShare(c.baseline.reopenRate) },
  { id: "templated", header: "Templated", align: "right", sortDescFirst: true, sortValue: (c) => c.templateShare, cell: (c) => formatShare(c.templateShare) },
  {
    id: "tier",
    header: "Tier",
    sortValue: (c) => c.suggestedTier.tier,
    cell: (c) => (
      <Badge tone={TIER_TONE[c.suggestedTier.tier]} title={c.suggestedTier.reasons.join("\n")}>
        Tier {c.suggestedTier.tier}
      </Badge>
    ),
  },
];

/**
 * Every category with its baseline: searchable by name, sortable by any measure, 25 a page; a row opens its
 * tier reasons and latest tickets.
 */
export function CategoryTable({ categories }: { categories: readonly TCategoryAudit[] }) {
  return (
    <DataTable
      rows={categories}
      columns={COLUMNS}
      rowKey={(c) => c.category}
      label="Categories"
      caption="Categories with their baseline metrics and suggested tier"
      noun={{ one: "category", many: "categories" }}
      searchText={(c) => c.category}
      searchPlaceholder="e.g. card"
      initialSort={{ columnId: "tickets", desc: true }}
      details={{ render: (c) => <CategoryDetails category={c} />, name: (c) => c.category }}
      emptyText="No categories yet: import ticket history to see them."
    />
  );
}
