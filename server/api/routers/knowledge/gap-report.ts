import "server-only";
import { authedProcedure } from "@/server/api/trpc";
import { gapReportPage } from "@/server/services/knowledge/gaps/gap-report-page";

/** The last gap report (null when never run) and which Tier 1 categories a run would check now. */
export const kbGapReportProcedure = authedProcedure("knowledge.read").query(({ ctx }) => gapReportPage(ctx.prisma));
