/**
 * The metric definitions, written once: the dashboards, the rollups, the backtests, the targets and the weekly
 * review all count through these functions, so "automation rate" means the same thing everywhere. The About page and
 * the README's "Metrics" section say the same in words; change them together.
 */

/** How long after a resolution a reopen or a new ticket on the same issue still counts against it. */
export const DEFAULT_REPEAT_CONTACT_DAYS = 7;
const DAY_MS = 86_400_000;

/**
 * How a ticket was handled, exhaustively:
 * - automated: resolved, no agent wrote to the customer, and it did not come back within the window;
 * - came-back: resolved with no agent reply, but reopened or followed by a repeat contact within the window;
 * - ai-assisted: an agent answered, and sent a Tier 2 draft as drafted or edited (not rewritten);
 * - human: an agent answered without a draft of the AI's;
 * - unresolved: not resolved yet.
 */
export const HANDLINGS = ["automated", "came-back", "ai-assisted", "human", "unresolved"] as const;
export type THandling = (typeof HANDLINGS)[number];

/** What the definitions need to know about one ticket. Builders: the rollup refresher (live and imported tickets). */
export interface TicketFacts {
  createdAtMs: number;
  resolvedAtMs: number | null;
  /**
   * Whether a person wrote to the customer: an agent's public message; for imported history, which has no
   * messages of ours, a recorded first response or agent time (the history's own "somebody worked on it").
   */
  agentReplied: boolean;
  /** AI answers the customer received (not drafts, not internal notes). */
  aiPublicReplies: number;
  /** A Tier 2 draft the agent sent as drafted or edited. */
  assistDraftUsed: boolean;
  /** Reopened after a resolution (the helpdesk counts reopens without dates, so any reopen counts). */
  reopened: boolean;
  /** The same customer opened another ticket in the same category within the window after the resolution. */
  repeatContact: boolean;
}

/**
 * For imported history, which has no messages of ours: somebody worked on the ticket when the helpdesk recorded a
 * first response or agent time. A ticket resolved with neither was closed by a rule or an auto-close.
 */
export function historyAgentReplied(firstResponseAt: string | Date | null, handleTimeSec: number | null): boolean {
  return firstResponseAt !== null || (handleTimeSec !== null && handleTimeSec > 0);
}

/**
 * A replayed flow's side of the facts: it resolved the ticket or not, and a handoff means a person answers. It
 * cannot foresee reopens or repeat contacts, so none are assumed.
 */
export function replayFacts(resolvedByFlow: boolean, handedOff: boolean): TicketFacts {
  return { createdAtMs: 0, resolvedAtMs: resolvedByFlow ? 0 : null, agentReplied: handedOff, aiPublicReplies: 0, assistDraftUsed: false, reopened: false, repeatContact: false };
}

export function handlingOf(f: TicketFacts): THandling {
  if (f.resolvedAtMs === null) return "unresolved";
  if (f.agentReplied) return f.assistDraftUsed ? "ai-assisted" : "human";
  return f.reopened || f.repeatContact ? "came-back" : "automated";
}

/** Deflection: an automated resolution the customer got from an AI answer (not a closing rule or an auto-close). */
export function isDeflection(f: TicketFacts, handling: THandling): boolean {
  return handling === "automated" && f.aiPublicReplies > 0;
}

/** An automated resolution is provisional while its repeat-contact window is open: it may still come back. */
export function isProvisional(f: TicketFacts, handling: THandling, nowMs: number, windowDays = DEFAULT_REPEAT_CONTACT_DAYS): boolean {
  return handling === "automated" && f.resolvedAtMs !== null && nowMs < f.resolvedAtMs + windowDays * DAY_MS;
}

/** CSAT on the 1–5 scale: a rating of 4 or 5 is a satisfied customer. */
export const CSAT_SATISFIED_AT = 4;
export function isSatisfied(rating: number): boolean {
  return rating >= CSAT_SATISFIED_AT;
}

/** Agent verdicts on an AI reply that count it as correct: "suboptimal" answered rightly, if not in the best words. */
export const CORRECT_FEEDBACK_VERDICTS: ReadonlySet<string> = new Set(["good", "suboptimal"]);
/** Shadow-review verdicts that count a draft as correct: only "send", as the shadow review itself counts. */
export const CORRECT_SHADOW_VERDICTS: ReadonlySet<string> = new Set(["send"]);

/** One ticket's evidence on whether the AI was right, from each source; null where a source says nothing. */
export interface AccuracyEvidence {
  /** The latest agent verdict on the ticket's AI reply. */
  feedback: boolean | null;
  /** The latest shadow-review verdict on the ticket's shadow draft. */
  shadow: boolean | null;
  /** After an AI answer was sent and the ticket resolved, once the window closed: false if it came back. */
  outcome: boolean | null;
}

/**
 * The combined verdict counts each ticket once, from its most direct evidence: an agent's verdict, else a
 * reviewer's, else what happened after the answer.
 */
export function combinedAccuracy(e: AccuracyEvidence): boolean | null {
  return e.feedback ?? e.shadow ?? e.outcome;
}

/** The outcome evidence: only for AI answers whose window has closed. */
export function outcomeEvidence(f: TicketFacts, nowMs: number, windowDays = DEFAULT_REPEAT_CONTACT_DAYS): boolean | null {
  if (f.aiPublicReplies === 0 || f.resolvedAtMs === null) return null;
  if (nowMs < f.resolvedAtMs + windowDays * DAY_MS) return null;
  return !(f.reopened || f.repeatContact);
}
