"use client";

import { useEffect, useMemo, useRef, useState } from "react";
import Link from "next/link";
import { ArrowDown, ArrowUp, ArrowUpDown } from "lucide-react";
import {
  columnFilteringFeature,
  createColumnHelper,
  createFilteredRowModel,
  createPaginatedRowModel,
  createSortedRowModel,
  filterFn_equalsString,
  filterFn_includesString,
  globalFilteringFeature,
  rowPaginationFeature,
  rowSortingFeature,
  sortFn_alphanumeric,
  sortFn_datetime,
  tableFeatures,
  useTable,
} from "@tanstack/react-table";
import { useVirtualizer } from "@tanstack/react-virtual";
import { Button } from "@/components/ui/Button";
import { formatDateTime } from "@/components/ui/format";
import { facet, type ChangedRow } from "./changed-rows";

const PAGE_SIZE = 200;
const ROW_HEIGHT = 44;
const VIEWPORT = 520;
/** Fixed column widths, so columns do not jump as virtualised rows come and go. */
const WIDTHS: Record<string, string> = { subject: "22%", category: "12%", createdAt: "11rem", change: "20%", divergenceNode: "12%", explanation: "auto" };

const features = tableFeatures({
  columnFilteringFeature,
  globalFilteringFeature,
  rowSortingFeature,
  rowPaginationFeature,
  filteredRowModel: createFilteredRowModel(),
  sortedRowModel: createSortedRowModel(),
  paginatedRowModel: createPaginatedRowModel(),
  filterFns: { includesString: filterFn_includesString, equalsString: filterFn_equalsString },
  sortFns: { alphanumeric: sortFn_alphanumeric, datetime: sortFn_datetime },
});

const helper = createColumnHelper<typeof features, ChangedRow>();

/** What the table is asked to show from outside: one reason's tickets. */
export interface TableFocus {
  divergenceNode: string;
  change: string;
}

/** Which columns the text filter searches (the node and change columns have their own menus). */
const SEARCHED = new Set(["subject", "category", "explanation", "ticketId"]);

/**
 * The tickets whose outcome changed: sort by any column, search the text, filter by the node where the two
 * sides part and by the change, page through 200 at a time; only the rows in view are rendered. Each
 * subject opens the ticket's two traces side by side.
 */
export function ChangedTicketsTable({ backtestId, rows, focus }: { backtestId: string; rows: readonly ChangedRow[]; focus?: TableFocus | null }) {
  const columns = useMemo(
    () =>
      helper.columns([
        helper.accessor("subject", {
          header: "Ticket",
          sortFn: "alphanumeric",
          cell: (c) => (
            <Link href={`/backtests/${encodeURIComponent(backtestId)}/tickets/${encodeURIComponent(c.row.original.ticketId)}`} className="font-medium text-indigo-700 hover:underline">
              {c.getValue()}
            </Link>
          ),
        }),
        helper.accessor("category", { header: "Category", sortFn: "alphanumeric" }),
        helper.accessor("createdAt", { header: "Created (UTC)", sortFn: "datetime", enableGlobalFilter: false, cell: (c) => formatDateTime(c.getValue()) }),
        helper.accessor("change", { header: "What changed", sortFn: "alphanumeric", filterFn: "equalsString", enableGlobalFilter: false }),
        helper.accessor("divergenceNode", { header: "Parts at", sortFn: "alphanumeric", filterFn: "equalsString", enableGlobalFilter: false }),
        helper.accessor("explanation", { header: "Why", enableSorting: false }),
        helper.accessor("ticketId", { header: "Id", enableSorting: false, cell: () => null }),
      ]),
    [backtestId],
  );
  const data = useMemo(() => [...rows], [rows]);
  const table = useTable({
    features,
    columns,
    data,
    getRowId: (row) => row.ticketId,
    globalFilterFn: "includesString",
    // Always sorted by something: a click flips the direction instead of dropping back to the server's order.
    enableSortingRemoval: false,
    getColumnCanGlobalFilter: (column) => SEARCHED.has(column.id),
    initialState: { pagination: { pageIndex: 0, pageSize: PAGE_SIZE }, sorting: [{ id: "createdAt", desc: false }] },
  });

  // A reason picked above the table filters it to that node and change (a new pick each time, even the same one).
  useEffect(() => {
    if (!focus) return;
    table.setColumnFilters([
      { id: "divergenceNode", value: focus.divergenceNode },
      { id: "change", value: focus.change },
    ]);
    table.setPageIndex(0);
    scroller.current?.scrollIntoView({ block: "nearest" });
    // The table object is stable; only a new focus should refilter.
  }, [focus]);

  const nodes = useMemo(() => facet(rows, "divergenceNode"), [rows]);
  const changes = useMemo(() => facet(rows, "change"), [rows]);
  const [search, setSearch] = useState("");
  const nodeFilter = (table.getColumn("divergenceNode")?.getFilterValue() as string | undefined) ?? "";
  const changeFilter = (table.getColumn("change")?.getFilterValue() as string | undefined) ?? "";

  const pageRows = table.getRowModel().rows;
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: pageRows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    getItemKey: (index) => pageRows[index]!.id,
    overscan: 8,
  });
  const items = virtualizer.getVirtualItems();
  const padTop = items[0]?.start ?? 0;
  const padBottom = items.length > 0 ? virtualizer.getTotalSize() - items[items.length - 1]!.end : 0;
  const matching = table.getPrePaginatedRowModel().rows.length;
  const headers = table.getHeaderGroups()[0]!.headers.filter((h) => h.column.id !== "ticketId");

  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-end gap-2" role="group" aria-label="Filter changed tickets">
        <input
          type="search"
          aria-label="Search changed tickets"
          placeholder="Search subject, category, explanation"
          className="h-8 w-72 rounded-md border border-zinc-300 bg-white px-2 text-[13px] focus:border-indigo-500 focus:outline-none focus:ring-1 focus:ring-indigo-500"
          value={search}
          onChange={(e) => {
            setSearch(e.target.value);
            table.setGlobalFilter(e.target.value);
          }}
        />
        <FilterSelect label="Where they part" value={nodeFilter} options={nodes} onChange={(v) => table.getColumn("divergenceNode")?.setFilterValue(v || undefined)} />
        <FilterSelect label="What changed" value={changeFilter} options={changes} onChange={(v) => table.getColumn("change")?.setFilterValue(v || undefined)} />
        <p className="ml-auto text-xs text-zinc-500" role="status">
          {matching === rows.length ? `${rows.length.toLocaleString("en")} changed tickets` : `${matching.toLocaleString("en")} of ${rows.length.toLocaleString("en")} changed tickets`}
        </p>
      </div>

      <div ref={scroller} className="overflow-auto rounded-lg border border-zinc-200 bg-white shadow-xs" style={{ maxHeight: VIEWPORT }}>
        <table className="w-full min-w-[64rem] table-fixed border-collapse text-left text-[13px]" aria-label="Changed tickets" aria-rowcount={matching + 1}>
          <colgroup>
            {headers.map((h) => (
              <col key={h.id} style={{ width: WIDTHS[h.column.id] }} />
            ))}
          </colgroup>
          <thead className="sticky top-0 z-10 border-b border-zinc-200 bg-zinc-50">
            <tr>
              {headers.map((header) => {
                const sorted = header.column.getIsSorted();
                const canSort = header.column.getCanSort();
                return (
                  <th
                    key={header.id}
                    scope="col"
                    aria-sort={sorted === "asc" ? "ascending" : sorted === "desc" ? "descending" : canSort ? "none" : undefined}
                    className="whitespace-nowrap px-3 py-2 text-[11px] font-medium uppercase tracking-wide text-zinc-500"
                  >
                    {canSort ? (
                      <button type="button" className="inline-flex items-center gap-1 uppercase hover:text-zinc-900" onClick={header.column.getToggleSortingHandler()}>
                        <table.FlexRender header={header} />
                        {sorted === "asc" ? <ArrowUp className="size-3" aria-hidden /> : sorted === "desc" ? <ArrowDown className="size-3" aria-hidden /> : <ArrowUpDown className="size-3 opacity-40" aria-hidden />}
                      </button>
                    ) : (
                      <table.FlexRender header={header} />
                    )}
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody className="divide-y divide-zinc-100">
            {padTop > 0 && <tr aria-hidden style={{ height: padTop }} />}
            {items.map((item) => {
              const row = pageRows[item.index]!;
              return (
                <tr key={row.id} className="hover:bg-zinc-50/70" style={{ height: ROW_HEIGHT }} aria-rowindex={table.state.pagination.pageIndex * PAGE_SIZE + item.index + 2}>
                  {row
                    .getAllCells()
                    .filter((cell) => cell.column.id !== "ticketId")
                    .map((cell) => (
                      <td key={cell.id} className="truncate px-3 py-2 align-middle text-zinc-800" title={cell.column.id === "explanation" || cell.column.id === "subject" || cell.column.id === "change" ? String(cell.getValue()) : undefined}>
                        <table.FlexRender cell={cell} />
                      </td>
                    ))}
                </tr>
              );
            })}
            {padBottom > 0 && <tr aria-hidden style={{ height: padBottom }} />}
            {pageRows.length === 0 && (
              <tr>
                <td colSpan={headers.length} className="px-3 py-6 text-center text-zinc-500">
                  No changed ticket matches these filters.
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </div>

      <nav aria-label="Changed tickets pages" className="flex items-center justify-end gap-2 text-xs text-zinc-600">
        <span>
          Page {table.state.pagination.pageIndex + 1} of {Math.max(1, table.getPageCount())}
        </span>
        <Button size="sm" onClick={() => table.previousPage()} disabled={!table.getCanPreviousPage()}>
          Previous page
        </Button>
        <Button size="sm" onClick={() => table.nextPage()} disabled={!table.getCanNextPage()}>
          Next page
        </Button>
      </nav>
    </div>
  );
}

function FilterSelect({ label, value, options, onChange }: { label: string; value: string; options: Array<{ value: string; count: number }>; onChange: (value: string) => void }) {
  return (
    <label className="flex flex-col gap-0.5 text-[11px] font-medium text-zinc-600">
      {label}
      <select className="h-8 max-w-64 rounded-md border border-zinc-300 bg-white px-2 text-[13px] text-zinc-900" value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">All</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.value} ({o.count})
          </option>
        ))}
      </select>
    </label>
  );
}
