import "server-only";
import type { TSuggestedTier } from "./audit-report";

/**
 * The suggested tier of a category, from its history. Tier 1 (automate fully) wants repetitive, predictable, calm
 * tickets: mostly answered with a template, resolution times that vary little, few upset or enterprise customers,
 * and enough volume to trust the numbers. Tier 3 (human) is for categories where customers are often upset or are
 * enterprise accounts, or where resolution time varies so much that each ticket is its own case. The rest is
 * Tier 2 (AI drafts, a human sends). Ops confirm or change the suggestion on the tier map.
 */
export const TIER1_MIN_TEMPLATE_SHARE = 0.4;
/** Resolution-time spread = p90 / median; up to 4 means most tickets take a similar time. */
export const TIER1_MAX_RESOLUTION_SPREAD = 4;
export const TIER1_MAX_NEGATIVE_SHARE = 0.15;
export const TIER1_MAX_ENTERPRISE_SHARE = 0.25;
/** Below this many tickets the evidence is too thin to automate without a human check. */
export const TIER1_MIN_TICKETS = 20;
/** A third of the customers upset (the lexicon undercounts, so a little under that) needs people. */
export const TIER3_MIN_NEGATIVE_SHARE = 0.3;
export const TIER3_MIN_ENTERPRISE_SHARE = 0.5;
export const TIER3_MIN_RESOLUTION_SPREAD = 10;

export interface TierEvidence {
  tickets: number;
  /** Of all tickets, 0..1. */
  share: number;
  templateShare: number;
  /** p90 / median resolution hours; null when there are no resolved tickets (or a zero median). */
  resolutionSpread: number | null;
  negativeShare: number;
  enterpriseShare: number;
}

const pct = (x: number) => `${Math.round(x * 1000) / 10}%`;
const times = (x: number) => `${x.toFixed(1)}×`;

export function resolutionSpread(median: number | null, p90: number | null): number | null {
  return median === null || p90 === null || median <= 0 ? null : p90 / median;
}

export function suggestTier(e: TierEvidence): TSuggestedTier {
  const volume = `${e.tickets} tickets (${pct(e.share)} of volume)`;
  const tier3: string[] = [];
  if (e.negativeShare >= TIER3_MIN_NEGATIVE_SHARE) tier3.push(`${pct(e.negativeShare)} negative sentiment (Tier 3 from ${pct(TIER3_MIN_NEGATIVE_SHARE)})`);
  if (e.enterpriseShare >= TIER3_MIN_ENTERPRISE_SHARE) tier3.push(`${pct(e.enterpriseShare)} from enterprise accounts (Tier 3 from ${pct(TIER3_MIN_ENTERPRISE_SHARE)})`);
  if (e.resolutionSpread !== null && e.resolutionSpread >= TIER3_MIN_RESOLUTION_SPREAD)
    tier3.push(`Resolution time varies ${times(e.resolutionSpread)} (p90 / median; Tier 3 from ${times(TIER3_MIN_RESOLUTION_SPREAD)})`);
  if (tier3.length > 0) return { tier: 3, reasons: [...tier3, volume] };

  const missing: string[] = [];
  if (e.tickets < TIER1_MIN_TICKETS) missing.push(`Only ${e.tickets} tickets (Tier 1 needs ${TIER1_MIN_TICKETS})`);
  if (e.templateShare < TIER1_MIN_TEMPLATE_SHARE)
    missing.push(`${pct(e.templateShare)} answered with a template (Tier 1 needs ${pct(TIER1_MIN_TEMPLATE_SHARE)})`);
  if (e.resolutionSpread === null) missing.push("No resolved tickets to judge how predictable resolution is");
  else if (e.resolutionSpread > TIER1_MAX_RESOLUTION_SPREAD)
    missing.push(`Resolution time varies ${times(e.resolutionSpread)} (Tier 1 needs at most ${times(TIER1_MAX_RESOLUTION_SPREAD)})`);
  if (e.negativeShare > TIER1_MAX_NEGATIVE_SHARE)
    missing.push(`${pct(e.negativeShare)} negative sentiment (Tier 1 needs at most ${pct(TIER1_MAX_NEGATIVE_SHARE)})`);
  if (e.enterpriseShare > TIER1_MAX_ENTERPRISE_SHARE)
    missing.push(`${pct(e.enterpriseShare)} from enterprise accounts (Tier 1 needs at most ${pct(TIER1_MAX_ENTERPRISE_SHARE)})`);
  if (missing.length > 0) return { tier: 2, reasons: [...missing, volume] };

  return {
    tier: 1,
    reasons: [
      `${pct(e.templateShare)} answered with a template`,
      `Predictable resolution time (p90 is ${times(e.resolutionSpread!)} the median)`,
      `${pct(e.negativeShare)} negative sentiment, ${pct(e.enterpriseShare)} enterprise`,
      volume,
    ],
  };
}
