"use client";

import { Fragment, useId, useMemo, useState, type ReactNode } from "react";
import { ArrowDown, ArrowUp, ArrowUpDown, ChevronDown, ChevronRight, Search } from "lucide-react";
import { cx } from "./cx";
import { Pager } from "./Pager";
import { ScrollArea } from "./ScrollArea";
import { TBody, TD, TH, THead, TR } from "./Table";
import { nextSort, showingSentence, tableView, type SortValue, type TableSort } from "./table-view";

export interface DataColumn<T> {
  id: string;
  header: ReactNode;
  /** Said on hover over the header, e.g. "Median / p90". */
  headerTitle?: string;
  cell: (row: T) => ReactNode;
  /** The value a header click sorts by; a column without one cannot be sorted. */
  sortValue?: (row: T) => SortValue;
  /** Counts read best largest first; names A to Z. */
  sortDescFirst?: boolean;
  align?: "right";
  className?: string;
}

export interface DataTableProps<T> {
  rows: readonly T[];
  columns: ReadonlyArray<DataColumn<T>>;
  rowKey: (row: T) => string;
  /** The table's accessible name. */
  label: string;
  caption?: string;
  noun: { one: string; many: string };
  searchText?: (row: T) => string;
  searchPlaceholder?: string;
  initialSort?: TableSort;
  pageSize?: number;
  /** What opens under a row; the toggle is named "Show details of <detailsName>". */
  details?: { render: (row: T) => ReactNode; name: (row: T) => string };
  /** Controls shown next to the search, such as a bulk action. */
  toolbar?: ReactNode;
  /** Said when there are no rows at all. */
  emptyText?: string;
}

export const PAGE_SIZES = [25, 50, 100] as const;

/**
 * A long table that stays short: search by name, sort by clicking a header, 25 rows a page, and a count of
 * what is shown. Wide tables scroll inside their own card, never the page.
 */
export function DataTable<T>(p: DataTableProps<T>) {
  const [query, setQuery] = useState("");
  const [sort, setSort] = useState<TableSort | null>(p.initialSort ?? null);
  const [pageIndex, setPageIndex] = useState(0);
  const [pageSize, setPageSize] = useState<number>(p.pageSize ?? PAGE_SIZES[0]);
  const [open, setOpen] = useState<string | null>(null);
  const searchId = useId();
  const byId = useMemo(() => new Map(p.columns.map((c) => [c.id, c])), [p.columns]);
  const view = tableView({
    rows: p.rows,
    query,
    searchText: p.searchText,
    sort,
    sortValue: (row, id) => byId.get(id)?.sortValue?.(row),
    pageIndex,
    pageSize,
  });
  const columnCount = p.columns.length + (p.details ? 1 : 0);
  const showing = showingSentence(view, query, p.noun);

  return (
    <div className="min-w-0 space-y-2">
      {(p.searchText || p.toolbar) && (
        <div className="flex flex-wrap items-end justify-between gap-3">
          {p.searchText && (
            <div>
              <label htmlFor={searchId} className="block text-[11px] font-medium text-zinc-600">
                Search {p.noun.many}
              </label>
              <div className="relative mt-1">
                <Search className="pointer-events-none absolute left-2 top-1/2 size-3.5 -translate-y-1/2 text-zinc-400" aria-hidden />
                <input
                  id={searchId}
                  type="search"
                  value={query}
                  onChange={(e) => {
                    setQuery(e.target.value);
                    setPageIndex(0);
                  }}
                  placeholder={p.searchPlaceholder ?? "Name contains…"}
                  className="h-8 w-72 max-w-full rounded-md border border-zinc-300 bg-white pl-7 pr-2 text-[13px] focus:border-indigo-500 focus:outline-none focus:ring-1 focus:ring-indigo-500"
                />
              </div>
            </div>
          )}
          {p.toolbar}
        </div>
      )}
      <ScrollArea label={p.label} className="overflow-x-auto rounded-lg border border-zinc-200 bg-white shadow-xs">
        <table className="w-full border-collapse text-left text-[13px]" aria-label={p.label}>
          {p.caption && <caption className="sr-only">{p.caption}</caption>}
          <THead>
            <tr>
              {p.columns.map((c) => (
                <SortableHeader key={c.id} column={c} sort={sort} onSort={() => setSort(nextSort(sort, c.id, c.sortDescFirst ?? false))} />
              ))}
              {p.details && (
                <TH>
                  <span className="sr-only">Details</span>
                </TH>
              )}
            </tr>
          </THead>
          <TBody>
            {view.pageRows.length === 0 && (
              <tr>
                <TD colSpan={columnCount} className="py-6 text-center text-zinc-500">
                  {p.rows.length === 0 ? (p.emptyText ?? showing) : showing}
                </TD>
              </tr>
            )}
            {view.pageRows.map((row) => {
              const key = p.rowKey(row);
              const expanded = open === key;
              const detailsId = `${searchId}-details-${key.replace(/[^a-zA-Z0-9_-]/g, "-")}`;
              return (
                <Fragment key={key}>
                  <TR>
                    {p.columns.map((c) => (
                      <TD key={c.id} className={cx(c.align === "right" && "text-right tabular-nums", c.className)}>
                        {c.cell(row)}
                      </TD>
                    ))}
                    {p.details && (
                      <TD>
                        <button
                          type="button"
                          aria-expanded={expanded}
                          aria-controls={expanded ? detailsId : undefined}
                          aria-label={`${expanded ? "Hide" : "Show"} details of ${p.details.name(row)}`}
                          onClick={() => setOpen(expanded ? null : key)}
                          className="rounded p-0.5 text-zinc-500 hover:bg-zinc-100 hover:text-zinc-900"
                        >
                          {expanded ? <ChevronDown className="size-4" aria-hidden /> : <ChevronRight className="size-4" aria-hidden />}
                        </button>
                      </TD>
                    )}
                  </TR>
                  {p.details && expanded && (
                    <tr id={detailsId} className="bg-zinc-50/70">
                      <td colSpan={columnCount} className="px-3 py-3">
                        {p.details.render(row)}
                      </td>
                    </tr>
                  )}
                </Fragment>
              );
            })}
          </TBody>
        </table>
      </ScrollArea>
      <Pager
        label={`${p.label} pages`}
        showing={view.pageRows.length === 0 ? "" : showing}
        pageIndex={view.pageIndex}
        pageCount={view.pageCount}
        pageSize={pageSize}
        sizes={PAGE_SIZES}
        hidePaging={view.total <= PAGE_SIZES[0]}
        onPage={setPageIndex}
        onPageSize={(size) => {
          setPageSize(size);
          setPageIndex(0);
        }}
      />
    </div>
  );
}

function SortableHeader<T>({ column: c, sort, onSort }: { column: DataColumn<T>; sort: TableSort | null; onSort: () => void }) {
  const align = c.align === "right" ? "text-right" : undefined;
  if (!c.sortValue) {
    return (
      <TH className={align} title={c.headerTitle}>
        {c.header}
      </TH>
    );
  }
  const active = sort?.columnId === c.id;
  const Icon = !active ? ArrowUpDown : sort.desc ? ArrowDown : ArrowUp;
  return (
    <TH className={align} title={c.headerTitle} aria-sort={active ? (sort.desc ? "descending" : "ascending") : "none"}>
      <button type="button" onClick={onSort} className="inline-flex items-center gap-1 rounded uppercase tracking-wide hover:text-zinc-900">
        {c.header}
        <Icon className={cx("size-3", !active && "opacity-50")} aria-hidden />
      </button>
    </TH>
  );
}
