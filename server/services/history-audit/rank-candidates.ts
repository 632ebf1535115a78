import "server-only";
import type { TAuditReport, TCategoryAudit } from "./audit-report";

/**
 * Automation candidates, best first. A category's score is the percentage of the whole support workload a first
 * automation of it could take back:
 *
 *   score = 100 × workload × (TEMPLATE_FLOOR + (1 − TEMPLATE_FLOOR) × templateShare) × TIER_FACTOR[suggested tier]
 *
 * where workload is the mean of its share of tickets and its share of agent time (tickets alone when the export has
 * no handle times): a ticket costs the customer a wait whatever the agent's minutes, and an agent hour costs the
 * team whatever the volume. Templated answers are the most automatable work, but even a category with none can be
 * AI-assisted, hence the floor; the tier factor discounts what must stay with people.
 */
export const TEMPLATE_FLOOR = 0.2;
export const TIER_FACTOR = { 1: 1, 2: 0.5, 3: 0.1 } as const;
export const MAX_CANDIDATES = 15;

type TCandidate = TAuditReport["candidates"][number];
type TCandidateInput = Pick<TCategoryAudit, "category" | "tickets" | "share" | "agentHours" | "agentTimeShare" | "templateShare" | "suggestedTier">;

const pct = (x: number) => `${Math.round(x * 1000) / 10}%`;

export function candidateScore(c: TCandidateInput, withAgentTime: boolean): number {
  const workload = withAgentTime ? (c.share + c.agentTimeShare) / 2 : c.share;
  return 100 * workload * (TEMPLATE_FLOOR + (1 - TEMPLATE_FLOOR) * c.templateShare) * TIER_FACTOR[c.suggestedTier.tier];
}

export function rankCandidates(categories: readonly TCandidateInput[]): TCandidate[] {
  const withAgentTime = categories.some((c) => c.agentHours > 0);
  return categories
    .map((c) => ({ c, score: candidateScore(c, withAgentTime) }))
    .filter(({ score }) => score > 0)
    .sort((a, b) => b.score - a.score || b.c.tickets - a.c.tickets || a.c.category.localeCompare(b.c.category))
    .slice(0, MAX_CANDIDATES)
    .map(({ c, score }, i) => ({
      rank: i + 1,
      category: c.category,
      score: Math.round(score * 100) / 100,
      tickets: c.tickets,
      agentHours: c.agentHours,
      templateShare: c.templateShare,
      suggestedTier: c.suggestedTier.tier,
      reasons: [
        `${c.tickets} tickets (${pct(c.share)} of volume)`,
        withAgentTime ? `${Math.round(c.agentHours)} agent hours (${pct(c.agentTimeShare)} of agent time)` : "No handle times in the export: ranked by volume",
        c.templateShare > 0 ? `${pct(c.templateShare)} answered with a template` : "No templated answers",
        `Suggested Tier ${c.suggestedTier.tier}`,
      ],
    }));
}
