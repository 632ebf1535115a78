import "server-only";
import { authedProcedure } from "@/server/api/trpc";
import { metricFilterOptions } from "@/server/services/metrics/filter-options";

/** What the dashboard's filter menus offer, and the days the figures span. */
export const metricFilterOptionsProcedure = authedProcedure("metrics.read").query(({ ctx }) => metricFilterOptions(ctx.prisma));
