import "server-only";
import type { PrismaClient } from "@prisma/client";
import { rankMoves, type TWeekCounts } from "../../../lib/weekly-review/moves";
import type { TMovedItem, TPublishedVersion, TReviewSnapshot } from "../../../lib/weekly-review/snapshot";
import { rateOf } from "../../../workflows/metrics/summarize";
import { addDays } from "../../../workflows/metrics/weeks";
import { rollupSums } from "../metrics/rollup-sums";

export interface TReviewWeek {
  week: string;
  from: string;
  to: string;
}

/**
 * What moved: each category's automation rate and volume this week against the week before, from the rollups, with
 * the flow versions published this week beside the categories whose tickets they handled.
 */
export async function whatMoved(prisma: PrismaClient, w: TReviewWeek): Promise<Pick<TReviewSnapshot, "overall" | "moved" | "versions">> {
  const previousFrom = addDays(w.from, -7);
  const [byWeekCategory, byCategoryVersion, versions] = await Promise.all([
    rollupSums(prisma, { from: previousFrom, to: w.to, origin: "all" }, ["week", "category"]),
    rollupSums(prisma, { from: w.from, to: w.to, origin: "all" }, ["category", "versionId"]),
    publishedIn(prisma, w),
  ]);
  const counts = new Map<string, { before: TWeekCounts; now: TWeekCounts }>();
  const overall = { before: { tickets: 0, automated: 0 }, now: { tickets: 0, automated: 0 }, provisional: 0 };
  for (const { group, sums } of byWeekCategory) {
    const category = String(group.category ?? "");
    const entry = counts.get(category) ?? { before: { tickets: 0, automated: 0 }, now: { tickets: 0, automated: 0 } };
    const side = group.week === w.from ? "now" : "before";
    entry[side] = { tickets: sums.counts.tickets, automated: sums.counts.automated };
    counts.set(category, entry);
    overall[side].tickets += sums.counts.tickets;
    overall[side].automated += sums.counts.automated;
    if (side === "now") overall.provisional += sums.counts.automatedPending;
  }
  const byId = new Map(versions.map((v) => [v.versionId, v]));
  const handled = new Map<string, TPublishedVersion[]>();
  for (const { group, sums } of byCategoryVersion) {
    const version = byId.get(String(group.versionId ?? ""));
    if (!version || sums.counts.tickets === 0) continue;
    const category = String(group.category ?? "");
    handled.set(category, [...(handled.get(category) ?? []), { ...version, tickets: sums.counts.tickets }]);
  }
  const moved: TMovedItem[] = rankMoves([...counts.entries()].map(([category, c]) => ({ category, ...c }))).map((m) => ({
    ...m,
    versions: (handled.get(m.category) ?? []).sort((a, b) => b.tickets - a.tickets),
  }));
  return {
    overall: {
      now: rateOf(overall.now.automated, overall.now.tickets),
      before: rateOf(overall.before.automated, overall.before.tickets),
      provisional: overall.provisional,
    },
    moved,
    versions,
  };
}

async function publishedIn(prisma: PrismaClient, w: TReviewWeek): Promise<TPublishedVersion[]> {
  const rows = await prisma.flowVersion.findMany({
    where: { publishedAt: { gte: new Date(`${w.from}T00:00:00.000Z`), lt: new Date(`${addDays(w.to, 1)}T00:00:00.000Z`) } },
    select: { id: true, flowId: true, number: true, message: true, author: true, publishedAt: true, flow: { select: { name: true } } },
    orderBy: { publishedAt: "asc" },
  });
  return rows.map((v) => ({
    versionId: v.id,
    flowId: v.flowId,
    flowName: v.flow.name,
    number: v.number,
    message: v.message,
    author: v.author,
    publishedAt: v.publishedAt!.toISOString(),
    tickets: 0,
  }));
}
