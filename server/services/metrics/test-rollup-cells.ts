import type { PrismaClient } from "@prisma/client";
import type { TCountKey, THistKey } from "@/workflows/metrics";

/** A rollup cell for tests of the reading side: dimensions default to "none", counts and histograms as given. */
export interface TTestCell {
  day: string;
  origin?: "live" | "imported";
  category?: string;
  tier?: number;
  channel?: string;
  queueId?: string;
  flowId?: string;
  versionId?: string;
  connectionId?: string;
  escalationReason?: string;
  counts?: Partial<Record<TCountKey, number>>;
  hist?: Partial<Record<THistKey, number[]>>;
}

export async function insertTestCells(prisma: PrismaClient, cells: readonly TTestCell[]): Promise<void> {
  for (const c of cells) {
    const dims = {
      day: new Date(`${c.day}T00:00:00.000Z`),
      origin: c.origin ?? "live",
      category: c.category ?? "",
      tier: c.tier ?? 0,
      channel: c.channel ?? "email",
      queueId: c.queueId ?? "",
      flowId: c.flowId ?? "",
      versionId: c.versionId ?? "",
      connectionId: c.connectionId ?? "",
      escalationReason: c.escalationReason ?? "",
    };
    const { agentSecondsSaved, ...counts } = c.counts ?? {};
    await prisma.metricRollup.create({
      data: { ...dims, ...counts, ...(agentSecondsSaved === undefined ? {} : { agentSecondsSaved: BigInt(agentSecondsSaved) }), ...c.hist },
    });
  }
}

/** Removes the cells of a test's days, so later files see none of them. */
export async function deleteTestCells(prisma: PrismaClient, from: string, to: string): Promise<void> {
  await prisma.metricRollup.deleteMany({ where: { day: { gte: new Date(`${from}T00:00:00.000Z`), lte: new Date(`${to}T00:00:00.000Z`) } } });
}
