import { describe, expect, it } from "vitest";
import { acceptSuggestions, addKeywords, countsPerTier, draftOf, sameDraft, withEscalation, withTier } from "./tier-map-draft";

describe("tier map draft", () => {
  it("starts from the schema's defaults when nothing was saved, and is unchanged until edited", () => {
    const d = draftOf(null);
    expect(d).toMatchObject({ tiers: {}, defaultTier: 2, escalation: { humanRequest: true, repeatContacts24h: 3 } });
    expect(sameDraft(d, draftOf(null))).toBe(true);
    expect(sameDraft(d, withTier(d, "refund", 2))).toBe(false);
    expect(sameDraft(withTier(d, "refund", 2), withTier(withTier(d, "refund", 3), "refund", 2))).toBe(true);
    expect(sameDraft(withTier(d, "refund", 2), withTier(withTier(d, "refund", 2), "refund", null))).toBe(false);
  });

  it("never edits the saved map it was made from", () => {
    const saved = draftOf(null);
    const d = withEscalation(withTier(draftOf(saved), "a", 1), { keywords: ["x"] });
    expect(saved.tiers).toEqual({});
    expect(saved.escalation.keywords).toEqual(["cancel", "legal", "lawyer", "complaint"]);
    expect(d.escalation.keywords).toEqual(["x"]);
  });

  it("accepts every suggestion and leaves categories without one alone", () => {
    const d = withTier(draftOf(null), "kept", 3);
    const next = acceptSuggestions(d, [
      { category: "a", suggested: { tier: 1 } },
      { category: "kept", suggested: null },
    ]);
    expect(next.tiers).toEqual({ kept: 3, a: 1 });
  });

  it("counts categories and tickets per confirmed tier, unconfirmed last", () => {
    const d = withTier(withTier(draftOf(null), "a", 1), "b", 1);
    const counts = countsPerTier(d, [
      { category: "a", tickets: 10 },
      { category: "b", tickets: 5 },
      { category: "c", tickets: 7 },
    ]);
    expect(counts).toEqual([
      { tier: 1, categories: 2, tickets: 15 },
      { tier: 2, categories: 0, tickets: 0 },
      { tier: 3, categories: 0, tickets: 0 },
      { tier: null, categories: 1, tickets: 7 },
    ]);
  });

  it("adds comma-separated keywords without repeats", () => {
    expect(addKeywords(["cancel"], " Legal  action, CANCEL, ,refund")).toEqual(["cancel", "Legal action", "refund"]);
  });
});
