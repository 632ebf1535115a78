"use client";

import { useId } from "react";
import { ChevronLeft, ChevronRight, ChevronsLeft, ChevronsRight } from "lucide-react";
import { Button } from "./Button";

/** "Showing 1–25 of 134 categories", page size, and first/previous/next/last page buttons. */
export function Pager({
  label,
  showing,
  pageIndex,
  pageCount,
  pageSize,
  sizes,
  hidePaging,
  onPage,
  onPageSize,
}: {
  label: string;
  showing: string;
  pageIndex: number;
  pageCount: number;
  pageSize: number;
  sizes: readonly number[];
  /** A table that fits on the smallest page needs only the count. */
  hidePaging: boolean;
  onPage: (pageIndex: number) => void;
  onPageSize: (size: number) => void;
}) {
  const sizeId = useId();
  const first = pageIndex === 0;
  const last = pageIndex >= pageCount - 1;
  return (
    <div className="flex flex-wrap items-center justify-between gap-2 text-xs text-zinc-600">
      <p role="status" aria-live="polite">
        {showing}
      </p>
      {!hidePaging && (
        <nav aria-label={label} className="flex flex-wrap items-center gap-1.5">
          <label htmlFor={sizeId} className="mr-1">
            Rows per page
          </label>
          <select
            id={sizeId}
            value={pageSize}
            onChange={(e) => onPageSize(Number(e.target.value))}
            className="mr-2 h-7 rounded-md border border-zinc-300 bg-white px-1.5 text-xs text-zinc-900"
          >
            {sizes.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
          <Button size="sm" variant="ghost" aria-label="First page" onClick={() => onPage(0)} disabled={first}>
            <ChevronsLeft className="size-3.5" aria-hidden />
          </Button>
          <Button size="sm" variant="ghost" aria-label="Previous page" onClick={() => onPage(pageIndex - 1)} disabled={first}>
            <ChevronLeft className="size-3.5" aria-hidden />
          </Button>
          <span className="tabular-nums">
            Page {pageIndex + 1} of {pageCount}
          </span>
          <Button size="sm" variant="ghost" aria-label="Next page" onClick={() => onPage(pageIndex + 1)} disabled={last}>
            <ChevronRight className="size-3.5" aria-hidden />
          </Button>
          <Button size="sm" variant="ghost" aria-label="Last page" onClick={() => onPage(pageCount - 1)} disabled={last}>
            <ChevronsRight className="size-3.5" aria-hidden />
          </Button>
        </nav>
      )}
    </div>
  );
}
