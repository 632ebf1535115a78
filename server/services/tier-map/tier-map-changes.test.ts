import { describe, expect, it } from "vitest";
import { ZTierMapSchema } from "../../../workflows/model/tier-map";
import { normalizeTierMap, sameTierMap, tierMapChanges } from "./tier-map-changes";

const map = (input: unknown) => ZTierMapSchema.parse(input);

describe("tier map changes", () => {
  it("treats reordered categories and repeated keywords as the same map", () => {
    const a = map({ tiers: { b: 2, a: 1 }, escalation: { keywords: ["Cancel", "legal"] } });
    const b = map({ tiers: { a: 1, b: 2 }, escalation: { keywords: ["Cancel", "legal", "cancel"] } });
    expect(sameTierMap(a, b)).toBe(true);
    expect(Object.keys(normalizeTierMap(a).tiers)).toEqual(["a", "b"]);
    expect(sameTierMap(a, map({ tiers: { a: 1, b: 3 } }))).toBe(false);
  });

  it("lists added, removed and changed categories, then changed criteria, each as a sentence", () => {
    const before = map({ tiers: { kept: 1, moved: 1, dropped: 2 }, escalation: { enterprise: true } });
    const after = map({ tiers: { kept: 1, moved: 3, added: 2 }, defaultTier: 3, escalation: { enterprise: false, repeatContacts24h: null } });
    const changes = tierMapChanges(before, after);
    expect(changes.categories).toEqual([
      { category: "added", from: null, to: 2 },
      { category: "dropped", from: 2, to: null },
      { category: "moved", from: 1, to: 3 },
    ]);
    expect(changes.criteria.map((c) => c.criterion)).toEqual(["defaultTier", "repeatContacts24h", "enterprise"]);
    expect(changes.summary).toEqual([
      "added: not set → tier 2",
      "dropped: tier 2 → not set",
      "moved: tier 1 → tier 3",
      "Default tier: tier 2 → tier 3",
      "Repeat contacts in 24 h: 3 or more → off",
      "Enterprise accounts: on → off",
    ]);
  });

  it("sums up a first version in one line", () => {
    const changes = tierMapChanges(null, map({ tiers: { a: 1 }, escalation: { negativeSentiment: false, keywords: ["legal"] } }));
    expect(changes.categories).toEqual([{ category: "a", from: null, to: 1 }]);
    expect(changes.summary).toEqual(["First version: 1 category, default tier 2; escalates on human request, keywords (legal), 3+ contacts in 24 h, enterprise accounts"]);
  });

  it("names the conversation criteria when they are switched on", () => {
    const before = map({});
    const after = map({ escalation: { customerTurns: 3, repeatedQuestion: true } });
    expect(tierMapChanges(before, after).summary).toEqual(["Customer turns with the AI: off → more than 3", "Repeated question: off → on"]);
    expect(tierMapChanges(null, after).summary[0]).toMatch(/, more than 3 customer turns, repeated question$/);
  });

  it("reads a map saved before the conversation criteria existed as the same map with them off", () => {
    const stored = { tiers: { a: 1 }, defaultTier: 2, escalation: { humanRequest: true, negativeSentiment: true, keywords: [], repeatContacts24h: 3, enterprise: true } };
    expect(normalizeTierMap(stored).escalation).toMatchObject({ customerTurns: null, repeatedQuestion: false });
    expect(tierMapChanges(normalizeTierMap(stored), map(stored)).summary).toEqual([]);
  });
});
