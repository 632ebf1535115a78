"use client";

import { useEffect, useState } from "react";
import { relativeTime } from "./relative-time";

/**
 * A moment as "5 minutes ago", the exact UTC time on hover. The first render uses the server's `now`, so server and
 * browser print the same text; the browser then keeps it current.
 */
export function RelativeTime({ value, now, never = "never" }: { value: Date | string | null; now: Date; never?: string }) {
  const [clock, setClock] = useState(now);
  useEffect(() => {
    setClock(new Date());
    const timer = setInterval(() => setClock(new Date()), 30_000);
    return () => clearInterval(timer);
  }, []);
  if (value === null) return <span className="text-zinc-500">{never}</span>;
  const date = typeof value === "string" ? new Date(value) : value;
  const exact = `${date.toISOString().replace("T", " ").slice(0, 19)} UTC`;
  return (
    <time dateTime={date.toISOString()} title={exact} className="whitespace-nowrap">
      {relativeTime(date, clock)}
      <span className="sr-only"> ({exact})</span>
    </time>
  );
}
