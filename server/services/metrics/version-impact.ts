import "server-only";
import type { PrismaClient } from "@prisma/client";
import type { TMetricFilters } from "@/lib/metrics/filters";
import type { TVersionImpactInput } from "@/lib/metrics/queries";
import { ServiceError } from "@/server/services/lib/service-error";
import { addDays, dayOf, emptySums, summarize, type TMetricSummary } from "@/workflows/metrics";
import { rollupSums } from "./rollup-sums";

export interface TImpactSide {
  from: string;
  to: string;
  summary: TMetricSummary;
}

export interface TVersionImpact {
  version: { id: string; number: number; flowId: string; flowName: string; liveFrom: string };
  /**
   * What "before" is: the flow's own live tickets in the weeks before, or, when nothing of the flow ran live before
   * it, the imported history's last weeks before it (the helpdesk's own handling); "none" when neither has tickets.
   */
  baseline: "live" | "imported" | "none";
  before: TImpactSide;
  after: TImpactSide;
}

/** A flow version's figures over its first weeks live against the weeks before it went live. */
export async function versionImpact(prisma: PrismaClient, input: TVersionImpactInput, nowMs: number = Date.now()): Promise<TVersionImpact> {
  const version = await prisma.flowVersion.findUnique({
    where: { id: input.versionId },
    select: { id: true, number: true, flowId: true, publishedAt: true, flow: { select: { name: true } } },
  });
  if (version === null) throw new ServiceError("not-found", "That flow version does not exist.", { field: "versionId" });
  if (version.publishedAt === null) throw new ServiceError("invalid", "This version was never published.", { field: "versionId" });
  const liveFrom = dayOf(version.publishedAt.getTime());
  const days = input.weeks * 7;
  const dims = { category: input.category, tier: input.tier, channel: input.channel, queueId: input.queueId, connectionId: input.connectionId };
  const today = dayOf(nowMs);
  // Up to today once it is live: the weeks to come have no tickets yet, and the dates say how much was compared.
  const afterEnd = addDays(liveFrom, days - 1);
  const afterTo = today >= liveFrom && today < afterEnd ? today : afterEnd;
  const [after, liveBefore, lastImported] = await Promise.all([
    side(prisma, { ...dims, from: liveFrom, to: afterTo, origin: "live", versionId: version.id }),
    side(prisma, { ...dims, from: addDays(liveFrom, -days), to: addDays(liveFrom, -1), origin: "live", flowId: version.flowId }),
    lastImportedDay(prisma, liveFrom),
  ]);
  let baseline: TVersionImpact["baseline"] = "live";
  let before = liveBefore;
  if (liveBefore.summary.tickets === 0) {
    if (lastImported === null) baseline = "none";
    else {
      baseline = "imported";
      before = await side(prisma, { ...dims, from: addDays(lastImported, 1 - days), to: lastImported, origin: "imported" });
    }
  }
  return {
    version: { id: version.id, number: version.number, flowId: version.flowId, flowName: version.flow.name, liveFrom },
    baseline,
    before,
    after,
  };
}

async function side(prisma: PrismaClient, filters: TMetricFilters): Promise<TImpactSide> {
  const [sums] = await rollupSums(prisma, filters);
  return { from: filters.from, to: filters.to, summary: summarize(sums?.sums ?? emptySums()) };
}

/**
 * The last day of imported history before the version went live: its week from the weekly counts, then the day
 * within it from the daily cells, so neither read walks through the live days in between.
 */
async function lastImportedDay(prisma: PrismaClient, before: string): Promise<string | null> {
  const [row] = await prisma.$queryRaw<Array<{ last: string | null }>>`
    SELECT to_char(max(r."day"), 'YYYY-MM-DD') AS "last" FROM "MetricRollup" r
    WHERE r."origin" = 'imported' AND r."day" < ${before}::date AND r."tickets" > 0
      AND r."day" >= (SELECT max(w."week") FROM "MetricWeekCountTotal" w WHERE w."origin" = 'imported' AND w."week" < ${before}::date AND w."tickets" > 0)`;
  return row?.last ?? null;
}
