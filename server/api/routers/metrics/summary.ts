import "server-only";
import { ZMetricFiltersSchema } from "@/lib/metrics/filters";
import { authedProcedure } from "@/server/api/trpc";
import { metricSummary } from "@/server/services/metrics/summary";

/** Every figure over the filters, with the tier mix and the escalations by reason. */
export const metricSummaryProcedure = authedProcedure("metrics.read")
  .input(ZMetricFiltersSchema)
  .query(({ ctx, input }) => metricSummary(ctx.prisma, input));
