/**
 * What a long table shows: the rows matching a search, sorted by one column, cut to one page. Pure, so the
 * table component only keeps three pieces of state (query, sort, page) and this decides the rest.
 */

export type SortValue = number | string | null | undefined;

export interface TableSort {
  columnId: string;
  desc: boolean;
}

export interface TableViewInput<T> {
  rows: readonly T[];
  query: string;
  /** The text a search matches against; no function means the table has no search. */
  searchText?: (row: T) => string;
  sort: TableSort | null;
  sortValue?: (row: T, columnId: string) => SortValue;
  pageIndex: number;
  pageSize: number;
}

export interface PageWindow {
  /** The page actually shown: a page past the end (after a search narrowed the rows) falls back to the last one. */
  pageIndex: number;
  pageCount: number;
  /** 1-based positions of the first and last row shown; both 0 when nothing matches. */
  from: number;
  to: number;
}

export interface TableView<T> extends PageWindow {
  pageRows: T[];
  /** Rows matching the search, before paging. */
  matching: number;
  total: number;
}

/** Every whitespace-separated word of the query must appear in the row's text, ignoring case. */
export function filterRows<T>(rows: readonly T[], query: string, searchText: ((row: T) => string) | undefined): T[] {
  const words = query.trim().toLowerCase().split(/\s+/).filter((w) => w !== "");
  if (words.length === 0 || searchText === undefined) return [...rows];
  return rows.filter((row) => {
    const text = searchText(row).toLowerCase();
    return words.every((w) => text.includes(w));
  });
}

/** Numbers by value, text by natural order ("tier 2" before "tier 10"), ignoring case. */
export function compareSortValues(a: number | string, b: number | string): number {
  if (typeof a === "number" && typeof b === "number") return a - b;
  return String(a).localeCompare(String(b), "en", { numeric: true, sensitivity: "base" });
}

/** Sorted copy; rows without a value (no CSAT, no suggestion) go last in both directions; ties keep their order. */
export function sortRows<T>(rows: readonly T[], value: (row: T) => SortValue, desc: boolean): T[] {
  const keyed = rows.map((row, index) => ({ row, index, v: value(row) }));
  keyed.sort((x, y) => {
    const xMissing = x.v === null || x.v === undefined || (typeof x.v === "number" && Number.isNaN(x.v));
    const yMissing = y.v === null || y.v === undefined || (typeof y.v === "number" && Number.isNaN(y.v));
    if (xMissing || yMissing) return xMissing === yMissing ? x.index - y.index : xMissing ? 1 : -1;
    const c = compareSortValues(x.v as number | string, y.v as number | string);
    return (desc ? -c : c) || x.index - y.index;
  });
  return keyed.map((k) => k.row);
}

export function pageWindow(count: number, pageIndex: number, pageSize: number): PageWindow {
  const size = Math.max(1, Math.floor(pageSize));
  const pageCount = Math.max(1, Math.ceil(count / size));
  const index = Math.min(Math.max(0, Math.floor(pageIndex)), pageCount - 1);
  if (count === 0) return { pageIndex: 0, pageCount, from: 0, to: 0 };
  return { pageIndex: index, pageCount, from: index * size + 1, to: Math.min(count, (index + 1) * size) };
}

export function tableView<T>(input: TableViewInput<T>): TableView<T> {
  const matched = filterRows(input.rows, input.query, input.searchText);
  const { sort, sortValue } = input;
  const sorted = sort && sortValue ? sortRows(matched, (row) => sortValue(row, sort.columnId), sort.desc) : matched;
  const window = pageWindow(sorted.length, input.pageIndex, input.pageSize);
  const pageRows = window.from === 0 ? [] : sorted.slice(window.from - 1, window.to);
  return { ...window, pageRows, matching: matched.length, total: input.rows.length };
}

/** "Showing 1–25 of 134 categories", "Showing 1–3 of 3 categories matching “card” (134 in all)". */
export function showingSentence(view: Pick<TableView<unknown>, "from" | "to" | "matching" | "total">, query: string, noun: { one: string; many: string }): string {
  const q = query.trim();
  const name = (n: number) => (n === 1 ? noun.one : noun.many);
  if (view.total === 0) return `No ${noun.many} yet.`;
  if (view.matching === 0) return `No ${noun.one} matches “${q}” (${view.total.toLocaleString("en-US")} in all).`;
  const range = view.from === view.to ? `${view.from.toLocaleString("en-US")}` : `${view.from.toLocaleString("en-US")}–${view.to.toLocaleString("en-US")}`;
  const base = `Showing ${range} of ${view.matching.toLocaleString("en-US")} ${name(view.matching)}`;
  return q === "" ? base : `${base} matching “${q}” (${view.total.toLocaleString("en-US")} in all)`;
}

/** The next sort after a click on a column header: a new column starts in its natural direction, the same one flips. */
export function nextSort(current: TableSort | null, columnId: string, descFirst: boolean): TableSort {
  if (current?.columnId === columnId) return { columnId, desc: !current.desc };
  return { columnId, desc: descFirst };
}
