import "server-only";
import { ZDrillDownSchema } from "@/lib/metrics/filters";
import { authedProcedure } from "@/server/api/trpc";
import { drillDownTickets } from "@/server/services/metrics/drill-down";

/** The tickets behind a bar or a point, newest first, a page at a time. */
export const metricDrillDownProcedure = authedProcedure("metrics.read")
  .input(ZDrillDownSchema)
  .query(({ ctx, input }) => drillDownTickets(ctx.prisma, input));
