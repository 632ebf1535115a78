import "server-only";
import type { PrismaClient } from "@prisma/client";
import { ZAuditReportSchema, type TSuggestedTier } from "../history-audit/audit-report";
import type { TTierMapSnapshot } from "../../../workflows/model/tier-map";
import { getTierMap } from "./get-tier-map";

export interface TierMapCategory {
  category: string;
  /** Tickets in the history with this category (0 for a category only the map lists). */
  tickets: number;
  /** The audit's suggestion, when an audit was run and covers the category. */
  suggested: TSuggestedTier | null;
}

export interface TierMapOverview {
  map: TTierMapSnapshot | null;
  categories: TierMapCategory[];
  /** The audit the suggestions come from; null with `auditProblem` saying why there are none. */
  audit: { generatedAt: string; createdAt: Date } | null;
  auditProblem: string | null;
}

/**
 * What the tier-map page shows: every category in the ticket history with its ticket count, the latest
 * audit's suggested tier, and the current map. Categories only the map knows stay listed, so a saved
 * tier is never hidden because its tickets were deleted.
 */
export async function getTierMapOverview(prisma: PrismaClient): Promise<TierMapOverview> {
  const [map, groups, report] = await Promise.all([
    getTierMap(prisma),
    prisma.ticket.groupBy({ by: ["category"], where: { category: { not: null } }, _count: { _all: true } }),
    prisma.auditReport.findFirst({ orderBy: [{ createdAt: "desc" }, { id: "desc" }], select: { report: true, createdAt: true } }),
  ]);

  const parsed = report === null ? null : ZAuditReportSchema.safeParse(report.report);
  const suggestions = new Map<string, TSuggestedTier>();
  if (parsed?.success) for (const c of parsed.data.categories) suggestions.set(c.category, c.suggestedTier);

  const counts = new Map<string, number>();
  for (const g of groups) if (g.category !== null && g.category.trim() !== "") counts.set(g.category, g._count._all);
  for (const name of [...suggestions.keys(), ...Object.keys(map?.tiers ?? {})]) if (!counts.has(name)) counts.set(name, 0);

  const categories = [...counts.entries()]
    .map(([category, tickets]) => ({ category, tickets, suggested: suggestions.get(category) ?? null }))
    .sort((a, b) => b.tickets - a.tickets || (a.category < b.category ? -1 : 1));

  const auditProblem =
    report === null
      ? "No audit has been run yet, so there are no suggested tiers."
      : parsed?.success
        ? null
        : "The saved audit is in an older format and cannot be read; run the audit again for suggested tiers.";
  return { map, categories, audit: parsed?.success ? { generatedAt: parsed.data.generatedAt, createdAt: report!.createdAt } : null, auditProblem };
}
