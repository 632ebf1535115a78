import "server-only";
import type { PrismaClient } from "@prisma/client";
import { refreshMetrics, type TRefreshResult } from "./refresh-metrics";
import { readMetricContext } from "./refresh-context";

/**
 * Counts every ticket again from scratch: empties the rollup and the facts, marks every ticket dirty and drains
 * them. For repairs, after the repeat-contact window changes, and for the bench. A running worker's refresher
 * helps drain; batches never overlap, so the result is the same.
 */
export async function rebuildMetrics(
  prisma: PrismaClient,
  o: { now?: Date; batchSize?: number; log?: (line: string) => void } = {},
): Promise<TRefreshResult> {
  const log = o.log ?? ((line: string) => console.log(`[metrics] ${line}`));
  const startedAt = new Date();
  const total = await prisma.$transaction(async (tx) => {
    await tx.$executeRaw`TRUNCATE "MetricRollup", "MetricTicketFact"`;
    await tx.$executeRaw`INSERT INTO "MetricDirtyTicket" ("ticketId") SELECT id FROM "Ticket" ON CONFLICT ("ticketId") DO NOTHING`;
    const [row] = await tx.$queryRaw<Array<{ n: bigint }>>`SELECT count(*) AS n FROM "MetricDirtyTicket"`;
    return Number(row?.n ?? 0);
  }, { timeout: 600_000 });
  log(`rebuild: ${total} tickets to count`);
  const context = await readMetricContext(prisma);
  const result: TRefreshResult = { batches: 0, refreshed: 0, removed: 0 };
  const started = startedAt.getTime();
  for (;;) {
    const step = await refreshMetrics(prisma, { now: o.now, batchSize: o.batchSize, context, maxBatches: 20, recountEarlierSince: startedAt });
    if (step.batches === 0) break;
    result.batches += step.batches;
    result.refreshed += step.refreshed;
    result.removed += step.removed;
    const seconds = (Date.now() - started) / 1000;
    log(`rebuild: ${result.refreshed} of ${total} tickets counted (${seconds.toFixed(0)} s)`);
  }
  return result;
}
