import "server-only";
import { authedProcedure } from "@/server/api/trpc";
import { runGapReport } from "@/server/services/knowledge/gaps/run-gap-report";

/** Runs the gap report now (seconds: a fixed sample per category) and keeps it for the page. */
export const runKbGapReportProcedure = authedProcedure("knowledge.read").mutation(({ ctx }) => runGapReport(ctx.prisma));
