import { cx } from "./cx";

export function Skeleton({ className }: { className?: string }) {
  return <div aria-hidden className={cx("animate-pulse rounded bg-zinc-200/70", className)} />;
}

/** Stand-in for a page of a data table while it loads; announces itself to screen readers once. */
export function PageSkeleton({ label, rows = 8 }: { label: string; rows?: number }) {
  return (
    <div role="status" aria-live="polite">
      <span className="sr-only">{label}</span>
      <Skeleton className="mb-2 h-6 w-48" />
      <Skeleton className="mb-6 h-4 w-96 max-w-full" />
      <div className="rounded-lg border border-zinc-200 bg-white p-3">
        <Skeleton className="mb-3 h-4 w-full" />
        {Array.from({ length: rows }, (_, i) => (
          <Skeleton key={i} className="mb-2.5 h-5 w-full last:mb-0" />
        ))}
      </div>
    </div>
  );
}
