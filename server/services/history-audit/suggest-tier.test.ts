import { describe, expect, it } from "vitest";
import { resolutionSpread, suggestTier, type TierEvidence } from "./suggest-tier";

// A category that meets every Tier 1 rule; each row changes one thing.
const calm: TierEvidence = { tickets: 500, share: 0.1, templateShare: 0.7, resolutionSpread: 2, negativeShare: 0.05, enterpriseShare: 0.1 };

describe("suggestTier", () => {
  it.each<[string, Partial<TierEvidence>, 1 | 2 | 3, RegExp]>([
    ["templated, predictable, calm", {}, 1, /70% answered with a template/],
    ["at the Tier 1 limits", { templateShare: 0.4, resolutionSpread: 4, negativeShare: 0.15, enterpriseShare: 0.25, tickets: 20 }, 1, /40% answered/],
    ["too few templates", { templateShare: 0.39 }, 2, /39% answered with a template \(Tier 1 needs 40%\)/],
    ["too few tickets", { tickets: 19 }, 2, /Only 19 tickets/],
    ["resolution varies", { resolutionSpread: 4.5 }, 2, /varies 4\.5×/],
    ["nothing resolved", { resolutionSpread: null }, 2, /No resolved tickets/],
    ["somewhat negative", { negativeShare: 0.29 }, 2, /29% negative sentiment \(Tier 1 needs at most 15%\)/],
    ["some enterprise", { enterpriseShare: 0.3 }, 2, /30% from enterprise/],
    ["often upset", { negativeShare: 0.3 }, 3, /30% negative sentiment \(Tier 3 from 30%\)/],
    ["mostly enterprise", { enterpriseShare: 0.5 }, 3, /50% from enterprise accounts/],
    ["wildly varying", { resolutionSpread: 10 }, 3, /varies 10\.0×/],
    ["Tier 3 beats a high template share", { templateShare: 1, negativeShare: 0.6 }, 3, /60% negative/],
  ])("%s -> Tier %i", (_, change, tier, reason) => {
    const suggestion = suggestTier({ ...calm, ...change });
    expect(suggestion.tier).toBe(tier);
    expect(suggestion.reasons.join("\n")).toMatch(reason);
    expect(suggestion.reasons.at(-1)).toMatch(/^\d+ tickets \([\d.]+% of volume\)$/);
  });

  it("computes the spread as p90 over median, and none without a positive median", () => {
    expect(resolutionSpread(2, 9)).toBe(4.5);
    expect(resolutionSpread(0, 9)).toBeNull();
    expect(resolutionSpread(null, null)).toBeNull();
  });
});
