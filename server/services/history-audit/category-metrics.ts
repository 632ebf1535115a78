import "server-only";
import type { PrismaClient } from "@prisma/client";
import { UNCATEGORISED, ticketsInScope, type AuditScope } from "./audit-scope";

/** Per category, what SQL aggregates best: volume, agent time, the baseline percentiles, CSAT, reopens, enterprise. */
export interface CategoryMetrics {
  category: string;
  tickets: number;
  agentHours: number;
  frtMedian: number | null;
  frtP90: number | null;
  resolutionMedian: number | null;
  resolutionP90: number | null;
  handleMedian: number | null;
  handleP90: number | null;
  csat: number | null;
  csatResponses: number;
  reopenRate: number;
  enterpriseShare: number;
}

// percentile_cont ignores NULLs, so tickets without a first response / resolution / handle time simply do not count
// towards that statistic (rather than counting as zero).
export function loadCategoryMetrics(prisma: PrismaClient, scope: AuditScope): Promise<CategoryMetrics[]> {
  return prisma.$queryRaw<CategoryMetrics[]>`
    WITH x AS (
      SELECT coalesce(t.category, ${UNCATEGORISED}) AS category,
             t."handleTimeSec", t.csat, t.reopens, c.enterprise,
             extract(epoch FROM t."firstResponseAt" - t."createdAt")::float8 / 60 AS frt_min,
             extract(epoch FROM t."resolvedAt" - t."createdAt")::float8 / 3600 AS resolution_h,
             t."handleTimeSec"::float8 / 60 AS handle_min
      FROM "Ticket" t JOIN "Customer" c ON c.id = t."customerId"
      WHERE ${ticketsInScope(scope)}
    )
    SELECT category,
           count(*)::int AS tickets,
           coalesce(sum("handleTimeSec"), 0)::float8 / 3600 AS "agentHours",
           percentile_cont(0.5) WITHIN GROUP (ORDER BY frt_min) AS "frtMedian",
           percentile_cont(0.9) WITHIN GROUP (ORDER BY frt_min) AS "frtP90",
           percentile_cont(0.5) WITHIN GROUP (ORDER BY resolution_h) AS "resolutionMedian",
           percentile_cont(0.9) WITHIN GROUP (ORDER BY resolution_h) AS "resolutionP90",
           percentile_cont(0.5) WITHIN GROUP (ORDER BY handle_min) AS "handleMedian",
           percentile_cont(0.9) WITHIN GROUP (ORDER BY handle_min) AS "handleP90",
           avg(csat)::float8 AS csat,
           count(csat)::int AS "csatResponses",
           avg((reopens > 0)::int)::float8 AS "reopenRate",
           avg(enterprise::int)::float8 AS "enterpriseShare"
    FROM x
    GROUP BY category
    ORDER BY tickets DESC, category`;
}
