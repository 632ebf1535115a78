import { CUSTOMER_TURNS_RANGE, REPEAT_CONTACTS_RANGE, ZTierMapSchema, type TEscalationCriteria, type TTier, type TTierMap } from "@/workflows/model/tier-map";

/** What the page edits: the whole map, with categories the user has not confirmed left out of `tiers`. */
export type TierMapDraft = TTierMap;

export const TIER_NAMES: Record<TTier, string> = { 1: "Automate", 2: "AI-assisted", 3: "Human" };
export const TIERS: readonly TTier[] = [1, 2, 3];

/** The saved map, or the schema's defaults when none was ever saved. */
export function draftOf(saved: TTierMap | null): TierMapDraft {
  return saved === null ? ZTierMapSchema.parse({}) : { tiers: { ...saved.tiers }, defaultTier: saved.defaultTier, escalation: { ...saved.escalation, keywords: [...saved.escalation.keywords] } };
}

/** Same meaning, ignoring key order and repeated keywords (the server stores one canonical form). */
export function sameDraft(a: TierMapDraft, b: TierMapDraft): boolean {
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}

function canonical(d: TierMapDraft) {
  const tiers = Object.entries(d.tiers).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0));
  const keywords = addKeywords([], d.escalation.keywords.join(","));
  return { tiers, defaultTier: d.defaultTier, escalation: { ...d.escalation, keywords } };
}

export function withTier(d: TierMapDraft, category: string, tier: TTier | null): TierMapDraft {
  const tiers = { ...d.tiers };
  if (tier === null) delete tiers[category];
  else tiers[category] = tier;
  return { ...d, tiers };
}

/** Confirms every suggestion the audit made; categories without one keep their tier. */
export function acceptSuggestions(d: TierMapDraft, suggestions: ReadonlyArray<{ category: string; suggested: { tier: TTier } | null }>): TierMapDraft {
  const tiers = { ...d.tiers };
  for (const s of suggestions) if (s.suggested !== null) tiers[s.category] = s.suggested.tier;
  return { ...d, tiers };
}

export function withEscalation(d: TierMapDraft, patch: Partial<TEscalationCriteria>): TierMapDraft {
  return { ...d, escalation: { ...d.escalation, ...patch } };
}

export interface TierCount {
  tier: TTier | null;
  categories: number;
  tickets: number;
}

/** Categories and tickets per confirmed tier; `tier: null` counts the ones not confirmed (they get the default). */
export function countsPerTier(d: TierMapDraft, categories: ReadonlyArray<{ category: string; tickets: number }>): TierCount[] {
  const counts: TierCount[] = [...TIERS, null].map((tier) => ({ tier, categories: 0, tickets: 0 }));
  for (const c of categories) {
    const tier = d.tiers[c.category] ?? null;
    const row = counts.find((r) => r.tier === tier)!;
    row.categories += 1;
    row.tickets += c.tickets;
  }
  return counts;
}

/** Adds keywords typed as "cancel, legal action": split on commas, trimmed, without case-insensitive repeats. */
export function addKeywords(existing: readonly string[], typed: string): string[] {
  const out = [...existing];
  const seen = new Set(existing.map((k) => k.toLowerCase()));
  for (const part of typed.split(",")) {
    const k = part.trim().replace(/\s+/g, " ");
    if (k === "" || seen.has(k.toLowerCase())) continue;
    seen.add(k.toLowerCase());
    out.push(k);
  }
  return out;
}

/** Versions shown in the history. Here, not in the client component: a server page importing a constant from a
 * "use client" module receives a client reference, not the number. */
export const HISTORY_LIMIT = 50;

/** Why a typed "escalate at" count cannot be saved, as a sentence for next to the box; null when it can. */
export function repeatContactsProblem(typed: string): string | null {
  return wholeNumberProblem(typed, REPEAT_CONTACTS_RANGE, (n) => `${n} is too few, since every ticket is at least 1 contact.`);
}

/** Why a typed "more than N customer turns" cannot be saved, as a sentence for next to the box; null when it can. */
export function customerTurnsProblem(typed: string): string | null {
  return wholeNumberProblem(typed, CUSTOMER_TURNS_RANGE, (n) => `more than ${n} would escalate every ticket, since its first message is a turn.`);
}

/** A typed whole number checked against its range; `tooFew` says why a number under the range makes no sense. */
function wholeNumberProblem(typed: string, { min, max }: { min: number; max: number }, tooFew: (n: number) => string): string | null {
  const range = `Enter a whole number from ${min} to ${max}`;
  const text = typed.trim();
  if (text === "") return `${range}; the box is empty.`;
  const n = Number(text);
  if (!Number.isFinite(n)) return `${range}.`;
  if (!Number.isInteger(n)) return `${range}: ${text} is not a whole number.`;
  if (n < min) return `${range}: ${tooFew(n)}`;
  if (n > max) return `${range}: ${n} is more than ${max}.`;
  return null;
}
