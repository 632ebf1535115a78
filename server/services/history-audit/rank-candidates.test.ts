import { describe, expect, it } from "vitest";
import { MAX_CANDIDATES, rankCandidates } from "./rank-candidates";

// share = tickets / 1000; agentTimeShare = agentHours / 1000.
const cat = (category: string, tickets: number, agentHours: number, templateShare: number, tier: 1 | 2 | 3) => ({
  category,
  tickets,
  share: tickets / 1000,
  agentHours,
  agentTimeShare: agentHours / 1000,
  templateShare,
  suggestedTier: { tier, reasons: [] },
});

describe("rankCandidates", () => {
  it("ranks by the workload automation could take back: mean of volume and time shares × template weight × tier factor", () => {
    const ranked = rankCandidates([
      cat("big-but-human", 400, 400, 0.9, 3), // 100 × 0.4 × 0.92 × 0.1 = 3.68
      cat("templated", 200, 50, 1, 1), // 100 × 0.125 × 1 × 1 = 12.5
      cat("slow-no-template", 100, 300, 0, 2), // 100 × 0.2 × 0.2 × 0.5 = 2
      cat("half", 150, 150, 0.5, 2), // 100 × 0.15 × 0.6 × 0.5 = 4.5
    ]);
    expect(ranked.map((c) => [c.rank, c.category, c.score])).toEqual([
      [1, "templated", 12.5],
      [2, "half", 4.5],
      [3, "big-but-human", 3.68],
      [4, "slow-no-template", 2],
    ]);
    expect(ranked[0]!.reasons).toEqual([
      "200 tickets (20% of volume)",
      "50 agent hours (5% of agent time)",
      "100% answered with a template",
      "Suggested Tier 1",
    ]);
  });

  it("ranks by volume alone when no category has handle times", () => {
    const ranked = rankCandidates([cat("a", 10, 0, 0, 2), cat("b", 50, 0, 0, 2)]);
    expect(ranked.map((c) => [c.category, c.score])).toEqual([["b", 0.5], ["a", 0.1]]);
    expect(ranked[0]!.reasons[1]).toMatch(/ranked by volume/);
  });

  it("leaves out categories with nothing to gain and keeps at most the top 15", () => {
    const many = Array.from({ length: 30 }, (_, i) => cat(`c${i}`, 10 + i, 10 + i, 0.5, 2));
    const ranked = rankCandidates([...many, cat("empty", 0, 0, 1, 1)]);
    expect(ranked).toHaveLength(MAX_CANDIDATES);
    expect(ranked[0]!.category).toBe("c29");
    expect(ranked.map((c) => c.category)).not.toContain("empty");
  });
});
