import "server-only";
import type { PrismaClient } from "@prisma/client";
import { latestGapReport } from "./run-gap-report";
import { tierOneCategories } from "./tier-one-categories";

/** What the gap report page opens with: the last report (null when never run) and the Tier 1 categories a run would check now. */
export async function gapReportPage(prisma: PrismaClient) {
  const [report, tiers] = await Promise.all([latestGapReport(prisma), tierOneCategories(prisma)]);
  return { report, tiers };
}
