import "server-only";
import type { PrismaClient } from "@prisma/client";
import type { TSlaItem } from "../../../lib/weekly-review/snapshot";
import { rateOf } from "../../../workflows/metrics/summarize";
import { addDays } from "../../../workflows/metrics/weeks";
import { rollupSums } from "../metrics/rollup-sums";
import type { TReviewWeek } from "./what-moved";

/** SLA breaches by queue this week, most first, with the queue's tickets and the week before's breaches beside them. */
export async function slaBreaches(prisma: PrismaClient, w: TReviewWeek): Promise<TSlaItem[]> {
  const [now, before, queues] = await Promise.all([
    rollupSums(prisma, { from: w.from, to: w.to, origin: "all" }, ["queueId"]),
    rollupSums(prisma, { from: addDays(w.from, -7), to: addDays(w.from, -1), origin: "all" }, ["queueId"]),
    prisma.queue.findMany({ select: { id: true, name: true } }),
  ]);
  const names = new Map(queues.map((q) => [q.id, q.name]));
  const beforeBy = new Map(before.map((b) => [String(b.group.queueId ?? ""), b.sums.counts.slaBreached]));
  return now
    .filter((g) => g.sums.counts.slaBreached > 0)
    .map((g) => {
      const queueId = String(g.group.queueId ?? "");
      return {
        key: `sla:${queueId}`,
        queueId,
        queueName: queueId === "" ? "" : (names.get(queueId) ?? "(a deleted queue)"),
        breached: rateOf(g.sums.counts.slaBreached, g.sums.counts.tickets),
        breachedBefore: beforeBy.get(queueId) ?? 0,
      };
    })
    .sort((a, b) => b.breached.numerator - a.breached.numerator || a.queueName.localeCompare(b.queueName));
}
