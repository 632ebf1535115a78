import { formatDateTime, formatTime } from "./format";

/**
 * A timestamp, always in UTC so server and browser render the same text (no hydration mismatch).
 * Tables say "(UTC)" once in the column header; elsewhere pass `zone` to print it.
 */
export function DateTime({
  value,
  zone = false,
  timeOnly = false,
  fallback = "—",
}: {
  value: Date | string | null | undefined;
  zone?: boolean;
  timeOnly?: boolean;
  fallback?: string;
}) {
  if (value == null) return <span className="text-zinc-500">{fallback}</span>;
  const date = typeof value === "string" ? new Date(value) : value;
  const text = timeOnly ? formatTime(date) : formatDateTime(date);
  return (
    <time dateTime={date.toISOString()} title={date.toISOString()} className="whitespace-nowrap tabular-nums">
      {zone ? `${text} UTC` : text}
    </time>
  );
}
