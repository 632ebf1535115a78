import type { TEscalationCriteria, TTier, TTierMapSnapshot } from "../model/tier-map";
import { repeatCue } from "./repeated-question";
import { containsPhrase, normalizeWords } from "./text";
import { conversationText, repeatedQuestionOf, type TicketView } from "./ticket-view";
import type { Facts } from "./types";

/** One escalation criterion that held, named the way the trace says it. */
export type EscalationHit =
  | { criterion: "humanRequest"; says: string }
  | { criterion: "negativeSentiment"; says: string }
  | { criterion: "keywords"; says: string; keywords: string[] }
  | { criterion: "repeatContacts24h"; says: string; contacts: number }
  | { criterion: "enterprise"; says: string }
  | { criterion: "customerTurns"; says: string; turns: number; moreThan: number }
  | { criterion: "repeatedQuestion"; says: string; cue: string | null };

export interface TierByMap {
  tier: TTier;
  reason: string;
  /** Every criterion that held (empty when the tier came from the category or the default). */
  escalation: EscalationHit[];
  /** Where the tier came from. */
  source: "escalation" | "category" | "default";
}

/**
 * The tier the workspace's map gives a ticket: any escalation criterion that holds sends it to a human
 * (tier 3), whatever its category; otherwise its intent's tier, else the map's default. Every criterion
 * that holds is named, so a reviewer sees all the reasons, not only the first.
 */
export function tierByMap(map: TTierMapSnapshot, ticket: TicketView, facts: Facts): TierByMap {
  const prefix = `Tier map v${map.version}`;
  const escalation = escalationHits(map.escalation, ticket, facts);
  if (escalation.length > 0) {
    return { tier: 3, escalation, source: "escalation", reason: `${prefix}: ${escalation.map((h) => h.says).join(", ")} → tier 3` };
  }
  const intent = facts.intent?.label ?? null;
  const mapped = intent !== null && Object.prototype.hasOwnProperty.call(map.tiers, intent) ? map.tiers[intent] : undefined;
  if (mapped !== undefined) return { tier: mapped, escalation, source: "category", reason: `${prefix}: ${intent} is tier ${mapped}` };
  const what = intent === null ? "intent unknown" : `no tier for ${intent}`;
  return { tier: map.defaultTier, escalation, source: "default", reason: `${prefix}: ${what}; default tier ${map.defaultTier}` };
}

export function escalationHits(criteria: TEscalationCriteria, ticket: TicketView, facts: Facts): EscalationHit[] {
  const hits: EscalationHit[] = [];
  if (criteria.humanRequest && facts.asksForHuman === true) hits.push({ criterion: "humanRequest", says: "asks for a human" });
  if (criteria.negativeSentiment && facts.sentiment?.label === "negative") hits.push({ criterion: "negativeSentiment", says: "negative sentiment" });
  if (criteria.keywords.length > 0) {
    const text = normalizeWords(conversationText(ticket));
    const found = criteria.keywords.filter((k) => containsPhrase(text, k));
    if (found.length > 0) hits.push({ criterion: "keywords", says: `mentions ${found.map((k) => `"${k}"`).join(", ")}`, keywords: found });
  }
  const contacts = ticket.customer.contactsLast24h;
  if (criteria.repeatContacts24h !== null && contacts >= criteria.repeatContacts24h) {
    hits.push({ criterion: "repeatContacts24h", says: `${contacts} contacts in 24 h (escalates at ${criteria.repeatContacts24h})`, contacts });
  }
  if (criteria.enterprise && ticket.customer.enterprise) hits.push({ criterion: "enterprise", says: "enterprise account" });
  // A run started before these two criteria existed carries a map without them: read as off.
  const moreThan = criteria.customerTurns ?? null;
  if (moreThan !== null && ticket.customerTurns > moreThan) {
    const turns = ticket.customerTurns;
    hits.push({ criterion: "customerTurns", says: `${turns} customer turns (more than ${moreThan})`, turns, moreThan });
  }
  if (criteria.repeatedQuestion === true && repeatedQuestionOf(ticket)) {
    const cue = repeatCue(ticket.latestCustomerMessage);
    hits.push({ criterion: "repeatedQuestion", says: cue === null ? "repeated the question" : `repeated the question ("${cue}")`, cue });
  }
  return hits;
}
