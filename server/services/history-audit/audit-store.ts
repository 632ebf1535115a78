import "server-only";
import type { PrismaClient } from "@prisma/client";
import { ZAuditReportSchema, type TAuditReport } from "./audit-report";
import { computeAudit, type AuditOptions } from "./compute-audit";

export interface StoredAudit {
  id: string;
  createdAt: Date;
  report: TAuditReport;
}

/**
 * The most recent stored audit, or null when none was run yet. A report stored by an older version of the
 * audit that no longer fits the schema counts as none: the page then offers to run it again.
 */
export async function latestAudit(prisma: PrismaClient): Promise<StoredAudit | null> {
  const row = await prisma.auditReport.findFirst({ orderBy: [{ createdAt: "desc" }, { id: "desc" }] });
  if (row === null) return null;
  const parsed = ZAuditReportSchema.safeParse(row.report);
  return parsed.success ? { id: row.id, createdAt: row.createdAt, report: parsed.data } : null;
}

/** Computes the audit and stores it as the latest. */
export async function refreshAudit(prisma: PrismaClient, opts: AuditOptions = {}): Promise<StoredAudit> {
  const report = await computeAudit(prisma, opts);
  const row = await prisma.auditReport.create({ data: { report, ticketCount: report.totals.tickets } });
  return { id: row.id, createdAt: row.createdAt, report };
}

/**
 * What the audit page opens with: the latest report (null when none was run yet) and how many tickets there are now
 * (so the page can say the report is out of date). Only reads: running the audit writes categories onto tickets, so
 * it is `refreshAuditForPage`, for roles that may. Null when there are no tickets at all: the page then points to
 * the importer.
 */
export async function latestAuditForPage(prisma: PrismaClient): Promise<{ audit: StoredAudit | null; ticketsNow: number } | null> {
  const ticketsNow = await prisma.ticket.count();
  if (ticketsNow === 0) return null;
  return { audit: await latestAudit(prisma), ticketsNow };
}

/** The page's "Re-run audit": a fresh report, stored as the latest, with the ticket count it is compared against. */
export async function refreshAuditForPage(prisma: PrismaClient, opts: Pick<AuditOptions, "sources" | "stallHours">): Promise<StoredAudit & { ticketsNow: number }> {
  const stored = await refreshAudit(prisma, opts);
  return { ...stored, ticketsNow: await prisma.ticket.count() };
}
