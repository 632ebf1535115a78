import "server-only";
import { authedProcedure } from "@/server/api/trpc";
import { runGapReport } from "@/server/services/knowledge/gaps/run-gap-report";

/** Runs the gap report now (seconds of work: a fixed sample per category) and keeps it for the page; for editors, as it costs the server. */
export const runKbGapReportProcedure = authedProcedure("knowledge.edit").mutation(({ ctx }) => runGapReport(ctx.prisma));
