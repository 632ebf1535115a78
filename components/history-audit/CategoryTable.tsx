"use client";

import { Fragment, useState } from "react";
import { ArrowDown, ArrowUp, ChevronDown, ChevronRight } from "lucide-react";
import type { TCategoryAudit } from "@/server/services/history-audit/audit-report";
import { Badge, type Tone } from "@/components/ui/Badge";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/Table";
import { formatHours, formatMinutes, formatShare, sortCategories, type CategorySortKey, type SortDirection } from "./audit-format";
import { CategoryDetails } from "./CategoryDetails";
import { TrendCell } from "./TrendCell";

const TIER_TONE: Record<1 | 2 | 3, Tone> = { 1: "green", 2: "amber", 3: "red" };
const COLUMNS = 13;

function SortHeader({
  label,
  sortKey,
  sort,
  onSort,
}: {
  label: string;
  sortKey: CategorySortKey;
  sort: { key: CategorySortKey; direction: SortDirection };
  onSort: (key: CategorySortKey) => void;
}) {
  const active = sort.key === sortKey;
  const Icon = sort.direction === "asc" ? ArrowUp : ArrowDown;
  return (
    <TH aria-sort={active ? (sort.direction === "asc" ? "ascending" : "descending") : "none"} className="text-right">
      <button type="button" onClick={() => onSort(sortKey)} className="inline-flex items-center gap-1 uppercase hover:text-zinc-900">
        {label}
        {active ? <Icon className="size-3" aria-hidden /> : null}
      </button>
    </TH>
  );
}

const stat = (s: { median: number | null; p90: number | null }, format: (x: number | null) => string) => (
  <span className="whitespace-nowrap tabular-nums">
    {format(s.median)} <span className="text-zinc-400">/ {format(s.p90)}</span>
  </span>
);

/** Every category with its baseline, sortable by volume, agent time and CSAT; a row opens its tier reasons and tickets. */
export function CategoryTable({ categories }: { categories: readonly TCategoryAudit[] }) {
  const [sort, setSort] = useState<{ key: CategorySortKey; direction: SortDirection }>({ key: "tickets", direction: "desc" });
  const [open, setOpen] = useState<string | null>(null);
  const onSort = (key: CategorySortKey) =>
    setSort((s) => (s.key === key ? { key, direction: s.direction === "desc" ? "asc" : "desc" } : { key, direction: "desc" }));
  const rows = sortCategories(categories, sort.key, sort.direction);

  return (
    <Table caption="Categories with their baseline metrics and suggested tier" aria-label="Categories">
      <THead>
        <tr>
          <TH>Category</TH>
          <SortHeader label="Tickets" sortKey="tickets" sort={sort} onSort={onSort} />
          <TH className="text-right">Share</TH>
          <TH>Trend</TH>
          <SortHeader label="Agent time" sortKey="agentHours" sort={sort} onSort={onSort} />
          <TH title="Median / p90">First response</TH>
          <TH title="Median / p90">Resolution</TH>
          <TH title="Median / p90">Handle</TH>
          <SortHeader label="CSAT" sortKey="csat" sort={sort} onSort={onSort} />
          <TH className="text-right">Reopen</TH>
          <TH className="text-right">Templated</TH>
          <TH>Tier</TH>
          <TH className="sr-only">Details</TH>
        </tr>
      </THead>
      <TBody>
        {rows.map((c) => {
          const expanded = open === c.category;
          const detailsId = `category-details-${c.category.replace(/[^a-zA-Z0-9_-]/g, "-")}`;
          return (
            <Fragment key={c.category}>
              <TR>
                <TD className="max-w-64 truncate font-medium" title={c.category}>
                  {c.category}
                </TD>
                <TD className="text-right tabular-nums">{c.tickets.toLocaleString("en-US")}</TD>
                <TD className="text-right tabular-nums">{formatShare(c.share)}</TD>
                <TD>
                  <TrendCell trend={c.trend} />
                </TD>
                <TD className="text-right tabular-nums" title={`${formatShare(c.agentTimeShare)} of all agent time`}>
                  {formatHours(c.agentHours)}
                </TD>
                <TD>{stat(c.baseline.firstResponseMinutes, formatMinutes)}</TD>
                <TD>{stat(c.baseline.resolutionHours, formatHours)}</TD>
                <TD>{stat(c.baseline.handleMinutes, formatMinutes)}</TD>
                <TD className="text-right tabular-nums" title={`${c.baseline.csatResponses} ratings`}>
                  {c.baseline.csat === null ? "–" : c.baseline.csat.toFixed(1)}
                </TD>
                <TD className="text-right tabular-nums">{formatShare(c.baseline.reopenRate)}</TD>
                <TD className="text-right tabular-nums">{formatShare(c.templateShare)}</TD>
                <TD>
                  <Badge tone={TIER_TONE[c.suggestedTier.tier]} title={c.suggestedTier.reasons.join("\n")}>
                    Tier {c.suggestedTier.tier}
                  </Badge>
                </TD>
                <TD>
                  <button
                    type="button"
                    aria-expanded={expanded}
                    aria-controls={detailsId}
                    aria-label={`${expanded ? "Hide" : "Show"} details of ${c.category}`}
                    onClick={() => setOpen(expanded ? null : c.category)}
                    className="rounded p-0.5 text-zinc-500 hover:bg-zinc-100 hover:text-zinc-900"
                  >
                    {expanded ? <ChevronDown className="size-4" aria-hidden /> : <ChevronRight className="size-4" aria-hidden />}
                  </button>
                </TD>
              </TR>
              {expanded && (
                <tr id={detailsId} className="bg-zinc-50/70">
                  <td colSpan={COLUMNS} className="px-3 py-3">
                    <CategoryDetails category={c} />
                  </td>
                </tr>
              )}
            </Fragment>
          );
        })}
      </TBody>
    </Table>
  );
}
