import type { TAuditReport } from "@/server/services/history-audit/audit-report";

/** Number formats of the audit page: short, with units, "–" when there is no value. */
export function formatMinutes(minutes: number | null): string {
  if (minutes === null) return "–";
  if (minutes < 60) return `${Math.round(minutes)} min`;
  return formatHours(minutes / 60);
}

export function formatHours(hours: number | null): string {
  if (hours === null) return "–";
  if (hours < 1) return `${Math.round(hours * 60)} min`;
  if (hours < 48) return `${Math.round(hours * 10) / 10} h`;
  return `${Math.round((hours / 24) * 10) / 10} d`;
}

export function formatShare(share: number): string {
  const pct = share * 100;
  return pct > 0 && pct < 1 ? `${pct.toFixed(1)}%` : `${Math.round(pct)}%`;
}

export function formatCount(n: number): string {
  return n.toLocaleString("en-US");
}

/** Share of all tickets answered with a templated reply. */
export function templatedShare(report: TAuditReport): number {
  if (report.totals.tickets === 0) return 0;
  return report.categories.reduce((sum, c) => sum + c.templateShare * c.tickets, 0) / report.totals.tickets;
}
