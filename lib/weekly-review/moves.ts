import { MIN_SAMPLE_FOR_RATE } from "../../workflows/metrics/intervals";
import { rateOf } from "../../workflows/metrics/summarize";
import type { TMovedItem } from "./snapshot";

/** A category's tickets and automated tickets in one week. */
export interface TWeekCounts {
  tickets: number;
  automated: number;
}

const Z95 = 1.959964;

/**
 * Whether a change in automation rate is within what chance alone gives: either week has too few tickets to compare
 * rates at all, or a two-proportion z-test does not reach 95%.
 */
export function rateChangeIsNoise(before: TWeekCounts, now: TWeekCounts): boolean {
  if (before.tickets < MIN_SAMPLE_FOR_RATE || now.tickets < MIN_SAMPLE_FOR_RATE) return true;
  const pooled = (before.automated + now.automated) / (before.tickets + now.tickets);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / before.tickets + 1 / now.tickets));
  const diff = now.automated / now.tickets - before.automated / before.tickets;
  if (se === 0) return diff === 0;
  return Math.abs(diff / se) < Z95;
}

/**
 * Whether a change in volume is within what chance alone gives: ticket arrivals vary like a Poisson count, so the
 * difference of two weeks has a spread of about the square root of their sum.
 */
export function volumeChangeIsNoise(before: number, now: number): boolean {
  return Math.abs(now - before) < Z95 * Math.sqrt(before + now);
}

/**
 * Each category's change, ranked by the tickets it touches: a rate change counts the tickets this week's volume
 * would have been automated differently, a volume change the tickets that came or went, so both are in tickets and
 * a large swing on a handful of tickets ranks below a small one on thousands.
 */
export function rankMoves(rows: Array<{ category: string; before: TWeekCounts; now: TWeekCounts }>, limit = 10): Array<Omit<TMovedItem, "versions">> {
  return rows
    .filter((r) => r.before.tickets > 0 || r.now.tickets > 0)
    .map((r) => {
      const rateBefore = rateOf(r.before.automated, r.before.tickets);
      const rateNow = rateOf(r.now.automated, r.now.tickets);
      const rateChange = rateBefore.rate === null || rateNow.rate === null ? null : rateNow.rate - rateBefore.rate;
      const volumeChange = r.now.tickets - r.before.tickets;
      const impact = Math.round(Math.max(Math.abs(rateChange ?? 0) * r.now.tickets, Math.abs(volumeChange)));
      return {
        key: `moved:${r.category}`,
        category: r.category,
        before: { tickets: r.before.tickets, automation: rateBefore },
        now: { tickets: r.now.tickets, automation: rateNow },
        rateChange,
        volumeChange,
        rateNoise: rateChange === null || rateChangeIsNoise(r.before, r.now),
        volumeNoise: volumeChangeIsNoise(r.before.tickets, r.now.tickets),
        impact,
      };
    })
    .filter((m) => m.impact > 0)
    .sort((a, b) => Number(a.rateNoise && a.volumeNoise) - Number(b.rateNoise && b.volumeNoise) || b.impact - a.impact || a.category.localeCompare(b.category))
    .slice(0, limit);
}
