import "server-only";
import { createTRPCRouter } from "@/server/api/trpc";
import { metricDrillDownProcedure } from "./drill-down";
import { metricFilterOptionsProcedure } from "./filter-options";
import { metricSeriesProcedure } from "./series";
import { metricSummaryProcedure } from "./summary";
import { metricVersionImpactProcedure } from "./version-impact";

/** The dashboards' reads (root.ts mounts this as `metrics`); the logic is in server/services/metrics. */
export const metricsRouter = createTRPCRouter({
  summary: metricSummaryProcedure,
  series: metricSeriesProcedure,
  drillDown: metricDrillDownProcedure,
  filterOptions: metricFilterOptionsProcedure,
  versionImpact: metricVersionImpactProcedure,
});
