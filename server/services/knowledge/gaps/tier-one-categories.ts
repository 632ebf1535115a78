import "server-only";
import type { PrismaClient } from "@prisma/client";
import { ZAuditReportSchema } from "../../history-audit/audit-report";
import { getTierMap } from "../../tier-map/get-tier-map";

export interface TierOneCategories {
  source: "tier-map" | "audit" | "none";
  tierMapVersion: number | null;
  categories: string[];
}

/**
 * The categories the gap report checks: Tier 1 in the saved tier map; when no map was ever saved, the latest
 * audit's suggested Tier 1 categories; else none (the page says to run the audit or save a tier map).
 */
export async function tierOneCategories(prisma: PrismaClient): Promise<TierOneCategories> {
  const map = await getTierMap(prisma);
  if (map !== null) {
    const categories = Object.entries(map.tiers).filter(([, tier]) => tier === 1).map(([category]) => category).sort();
    return { source: "tier-map", tierMapVersion: map.version, categories };
  }
  const latest = await prisma.auditReport.findFirst({ orderBy: [{ createdAt: "desc" }, { id: "desc" }], select: { report: true } });
  const parsed = latest === null ? null : ZAuditReportSchema.safeParse(latest.report);
  if (parsed?.success) {
    const categories = parsed.data.categories.filter((c) => c.suggestedTier.tier === 1).map((c) => c.category).sort();
    return { source: "audit", tierMapVersion: null, categories };
  }
  return { source: "none", tierMapVersion: null, categories: [] };
}
