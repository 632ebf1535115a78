import "server-only";
import type { PrismaClient } from "@prisma/client";
import type { TMetricFilters } from "@/lib/metrics/filters";
import { emptySums, rateOf, summarize, type TMetricSummary, type TRate } from "@/workflows/metrics";
import { rollupCounts, rollupSums } from "./rollup-sums";

export interface TTierShare {
  /** 0: no tier. */
  tier: number;
  tickets: number;
  /** This tier's tickets over every ticket in the filters. */
  share: TRate;
  automation: TRate;
}

export interface TEscalationReason {
  /** "" when the escalation recorded no reason. */
  reason: string;
  count: number;
  /** Of every escalated ticket in the filters. */
  share: TRate;
}

export interface TMetricSummaryView {
  summary: TMetricSummary;
  tierMix: TTierShare[];
  escalationsByReason: TEscalationReason[];
}

/** The dashboard's headline: every figure over the filters, the tier mix and the escalations by reason. */
export async function metricSummary(prisma: PrismaClient, filters: TMetricFilters): Promise<TMetricSummaryView> {
  const [all, tiers, reasons] = await Promise.all([
    rollupSums(prisma, filters),
    rollupCounts(prisma, filters, ["tier"], ["tickets", "automated"]),
    rollupCounts(prisma, filters, ["escalationReason"], ["escalated"]),
  ]);
  const summary = summarize(all[0]?.sums ?? emptySums());
  const tierMix = tiers
    .map(({ group, counts }) => ({
      tier: Number(group.tier),
      tickets: counts.tickets,
      share: rateOf(counts.tickets, summary.tickets),
      automation: rateOf(counts.automated, counts.tickets),
    }))
    .filter((t) => t.tickets > 0)
    .sort((a, b) => a.tier - b.tier);
  const escalated = reasons.reduce((n, r) => n + r.counts.escalated, 0);
  const escalationsByReason = reasons
    .map(({ group, counts }) => ({ reason: String(group.escalationReason), count: counts.escalated, share: rateOf(counts.escalated, escalated) }))
    .filter((r) => r.count > 0)
    .sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason));
  return { summary, tierMix, escalationsByReason };
}
