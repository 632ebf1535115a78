import { describe, expect, it } from "vitest";
import { ZEscalationCriteriaSchema } from "@/workflows/model/tier-map";
import { acceptSuggestions, addKeywords, countsPerTier, draftOf, sameDraft, withEscalation, withTier, repeatContactsProblem, customerTurnsProblem } from "./tier-map-draft";

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

describe("repeatContactsProblem", () => {
  it("accepts exactly the counts the tier map's schema saves", () => {
    for (const n of [0, 1, 2, 3, 19, 20, 21, 50]) {
      const saves = ZEscalationCriteriaSchema.safeParse({ repeatContacts24h: n }).success;
      expect(repeatContactsProblem(String(n)) === null, `count ${n}`).toBe(saves);
    }
  });

  it("accepts whole numbers in the allowed range", () => {
    expect(repeatContactsProblem("2")).toBeNull();
    expect(repeatContactsProblem(" 20 ")).toBeNull();
  });

  it("says the allowed range, and what is wrong with what was typed", () => {
    expect(repeatContactsProblem("99")).toBe("Enter a whole number from 2 to 20: 99 is more than 20.");
    expect(repeatContactsProblem("1")).toMatch(/^Enter a whole number from 2 to 20: 1 is too few/);
    expect(repeatContactsProblem("2.5")).toBe("Enter a whole number from 2 to 20: 2.5 is not a whole number.");
    expect(repeatContactsProblem("")).toBe("Enter a whole number from 2 to 20; the box is empty.");
  });
});

describe("customerTurnsProblem", () => {
  it("accepts exactly the limits the tier map's schema saves", () => {
    for (const n of [-1, 0, 1, 3, 20, 21]) {
      const saves = ZEscalationCriteriaSchema.safeParse({ customerTurns: n }).success;
      expect(customerTurnsProblem(String(n)) === null, `limit ${n}`).toBe(saves);
    }
  });

  it("says why 0 cannot be saved", () => {
    expect(customerTurnsProblem("0")).toBe("Enter a whole number from 1 to 20: more than 0 would escalate every ticket, since its first message is a turn.");
    expect(customerTurnsProblem("2.5")).toBe("Enter a whole number from 1 to 20: 2.5 is not a whole number.");
  });
});

