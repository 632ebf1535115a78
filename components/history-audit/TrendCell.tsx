import { ArrowDownRight, ArrowRight, ArrowUpRight } from "lucide-react";
import type { TCategoryAudit } from "@/server/services/history-audit/audit-report";

/** Weekly tickets as a tiny line, and the last 30 days against the 30 before. */
export function TrendCell({ trend }: { trend: TCategoryAudit["trend"] }) {
  const { weekly, changePct } = trend;
  const max = Math.max(1, ...weekly);
  const points = weekly.map((n, i) => `${weekly.length === 1 ? 30 : (i / (weekly.length - 1)) * 60},${18 - (n / max) * 16}`).join(" ");
  const label = changePct === null ? "no earlier 30 days to compare" : `${changePct > 0 ? "+" : ""}${changePct}% against the 30 days before`;
  const Arrow = changePct === null || Math.abs(changePct) < 5 ? ArrowRight : changePct > 0 ? ArrowUpRight : ArrowDownRight;
  return (
    <span className="inline-flex items-center gap-1.5" title={`Tickets per week: ${weekly.join(", ")}; ${label}`}>
      <svg width="60" height="20" aria-hidden className="text-indigo-500">
        <polyline points={points} fill="none" stroke="currentColor" strokeWidth="1.5" />
      </svg>
      <span className="inline-flex items-center text-xs tabular-nums text-zinc-600">
        <Arrow className="size-3" aria-hidden />
        <span className="sr-only">Trend: </span>
        {changePct === null ? "–" : `${changePct > 0 ? "+" : ""}${Math.round(changePct)}%`}
      </span>
    </span>
  );
}
