import { authedProcedure } from "@/server/api/trpc";
import { latestGapReport } from "@/server/services/knowledge/gaps/run-gap-report";
import { tierOneCategories } from "@/server/services/knowledge/gaps/tier-one-categories";

/** The last gap report (null when never run) and which Tier 1 categories a run would check now. */
export const kbGapReportProcedure = authedProcedure("knowledge.read").query(async ({ ctx }) => {
  const [report, tiers] = await Promise.all([latestGapReport(ctx.prisma), tierOneCategories(ctx.prisma)]);
  return { report, tiers };
});
