import "server-only";
import { ZTierMapSchema, type TEscalationCriteria, type TTier, type TTierMap } from "../../../workflows/model/tier-map";

/** A category whose tier changed; null on one side means the map did not list it. */
export interface TCategoryChange {
  category: string;
  from: TTier | null;
  to: TTier | null;
}

export type TCriterion = keyof TEscalationCriteria | "defaultTier";

export interface TCriterionChange {
  criterion: TCriterion;
  from: unknown;
  to: unknown;
}

export interface TTierMapChanges {
  categories: TCategoryChange[];
  criteria: TCriterionChange[];
  /** One sentence per change, for the audit log and the version history. */
  summary: string[];
}

/**
 * One canonical form per meaning: tiers sorted by category, keywords trimmed and without case-insensitive
 * repeats. Two maps that mean the same are then equal as JSON, so saving an unchanged map is a no-op.
 */
export function normalizeTierMap(input: unknown): TTierMap {
  const map = ZTierMapSchema.parse(input);
  const tiers = Object.fromEntries(Object.entries(map.tiers).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  const seen = new Set<string>();
  const keywords = map.escalation.keywords.filter((k) => {
    const key = k.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return { tiers, defaultTier: map.defaultTier, escalation: { ...map.escalation, keywords } };
}

export function sameTierMap(a: TTierMap, b: TTierMap): boolean {
  return JSON.stringify(normalizeTierMap(a)) === JSON.stringify(normalizeTierMap(b));
}

const CRITERION_NAMES: Record<TCriterion, string> = {
  defaultTier: "Default tier",
  humanRequest: "Human request",
  negativeSentiment: "Negative sentiment",
  keywords: "Keywords",
  repeatContacts24h: "Repeat contacts in 24 h",
  enterprise: "Enterprise accounts",
  customerTurns: "Customer turns with the AI",
  repeatedQuestion: "Repeated question",
};

/** What changed from `before` (null: no map yet) to `after`, category by category and criterion by criterion. */
export function tierMapChanges(before: TTierMap | null, after: TTierMap): TTierMapChanges {
  const categories: TCategoryChange[] = [];
  const names = [...new Set([...Object.keys(before?.tiers ?? {}), ...Object.keys(after.tiers)])].sort();
  for (const category of names) {
    const from = before?.tiers[category] ?? null;
    const to = after.tiers[category] ?? null;
    if (from !== to) categories.push({ category, from, to });
  }

  const criteria: TCriterionChange[] = [];
  const compare = (criterion: TCriterion, from: unknown, to: unknown) => {
    if (JSON.stringify(from) !== JSON.stringify(to)) criteria.push({ criterion, from, to });
  };
  compare("defaultTier", before?.defaultTier ?? null, after.defaultTier);
  for (const key of ["humanRequest", "negativeSentiment", "keywords", "repeatContacts24h", "enterprise", "customerTurns", "repeatedQuestion"] as const) {
    compare(key, before?.escalation[key] ?? null, after.escalation[key]);
  }

  const summary =
    before === null
      ? [firstVersionSummary(after)]
      : [
          ...categories.map((c) => `${c.category}: ${tierText(c.from)} → ${tierText(c.to)}`),
          ...criteria.map((c) => `${CRITERION_NAMES[c.criterion]}: ${criterionText(c.criterion, c.from)} → ${criterionText(c.criterion, c.to)}`),
        ];
  return { categories, criteria, summary };
}

function firstVersionSummary(map: TTierMap): string {
  const e = map.escalation;
  const on = [
    e.humanRequest && "human request",
    e.negativeSentiment && "negative sentiment",
    e.keywords.length > 0 && `keywords (${e.keywords.join(", ")})`,
    e.repeatContacts24h !== null && `${e.repeatContacts24h}+ contacts in 24 h`,
    e.enterprise && "enterprise accounts",
    e.customerTurns !== null && `more than ${e.customerTurns} customer turns`,
    e.repeatedQuestion && "repeated question",
  ].filter((x): x is string => typeof x === "string");
  const count = Object.keys(map.tiers).length;
  return `First version: ${count} ${count === 1 ? "category" : "categories"}, default tier ${map.defaultTier}; escalates on ${on.length > 0 ? on.join(", ") : "nothing"}`;
}

function tierText(tier: TTier | null): string {
  return tier === null ? "not set" : `tier ${tier}`;
}

function criterionText(criterion: TCriterion, value: unknown): string {
  if (value === null) return "off";
  switch (criterion) {
    case "defaultTier":
      return `tier ${String(value)}`;
    case "humanRequest":
    case "negativeSentiment":
    case "enterprise":
    case "repeatedQuestion":
      return value === true ? "on" : "off";
    case "keywords": {
      const list = value as string[];
      return list.length === 0 ? "none" : list.join(", ");
    }
    case "repeatContacts24h":
      return `${String(value)} or more`;
    case "customerTurns":
      return `more than ${String(value)}`;
    default: {
      const never: never = criterion;
      return never;
    }
  }
}
