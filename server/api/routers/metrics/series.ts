import "server-only";
import { ZMetricSeriesSchema } from "@/lib/metrics/queries";
import { authedProcedure } from "@/server/api/trpc";
import { metricSeries } from "@/server/services/metrics/series";

/** The figures per week, per category, or per week and category: the dashboard's charts. */
export const metricSeriesProcedure = authedProcedure("metrics.read")
  .input(ZMetricSeriesSchema)
  .query(({ ctx, input }) => metricSeries(ctx.prisma, input.filters, input.groupBy, { durations: input.durations }));
