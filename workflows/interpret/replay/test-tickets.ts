import { T0, ticket as snapshotOf } from "../test-driver";
import type { TTicketSnapshot } from "../../model/ticket";
import type { AiRequest, HistoricalTicket, OutcomeSummary, RecordedOutcome, TimelineEvent } from "./types";

/** Test fixtures: historical tickets built from minutes after T0, and model answers chosen by ticket text. */
export const MINUTE = 60_000;

export function at(minutes: number): string {
  return new Date(Date.parse(T0) + minutes * MINUTE).toISOString();
}

type TimelineSpec =
  | { afterMin: number; type: "customer.replied"; body: string }
  | { afterMin: number; type: "agent.replied"; body?: string }
  | { afterMin: number; type: "ticket.updated"; status: "open" | "pending" | "solved" | "closed" };

export function historical(
  snapshot: Partial<TTicketSnapshot> = {},
  timeline: TimelineSpec[] = [],
  recorded: Partial<RecordedOutcome> = {},
  customer: Partial<TTicketSnapshot["customer"]> = {},
): HistoricalTicket {
  return {
    snapshot: snapshotOf(snapshot, customer),
    timeline: timeline.map(toEvent),
    recorded: { category: null, queue: null, tier: null, escalated: false, firstResponseAt: null, resolvedAt: null, handleTimeSec: null, csat: null, ...recorded },
  };
}

function toEvent(s: TimelineSpec): TimelineEvent {
  switch (s.type) {
    case "customer.replied":
      return { type: s.type, at: at(s.afterMin), body: s.body };
    case "agent.replied":
      return { type: s.type, at: at(s.afterMin), ...(s.body !== undefined ? { body: s.body } : {}) };
    case "ticket.updated":
      return { type: s.type, at: at(s.afterMin), changes: { status: s.status } };
  }
}

/**
 * Deterministic "model" answers keyed on words in the text: `card` → cards intent (0.91), `transfer` →
 * transfers (0.62, below most thresholds), `password` → password_reset (0.95); anything else general (0.5).
 * Drafts are confident unless the text says "hard"; "refund" trips a guardrail.
 */
export function answerByText(request: AiRequest): unknown {
  const text = request.input.text.toLowerCase();
  switch (request.name) {
    case "classifyIntent":
      if (text.includes("card")) return { label: "cards", confidence: 0.91, alternatives: [] };
      if (text.includes("transfer")) return { label: "transfers", confidence: 0.62, alternatives: [] };
      if (text.includes("password")) return { label: "password_reset", confidence: 0.95, alternatives: [] };
      return { label: "general", confidence: 0.5, alternatives: [] };
    case "detectSentiment":
      return text.includes("angry")
        ? { label: "negative", score: -0.8, frustrated: true, asksForHuman: false }
        : { label: "neutral", score: 0, frustrated: false, asksForHuman: text.includes("human") };
    case "draftReply":
      return {
        text: "Here is how",
        confidence: text.includes("hard") ? 0.4 : 0.9,
        citations: [{ articleId: "kb1", title: "How" }],
        blockedBy: text.includes("refund") ? "never promise a refund timeline" : null,
      };
  }
}

/** A routed outcome for tests (to billing, tier 2, a refund at 90%, answered in 10 minutes), with fields overridden. */
export function routedOutcome(o: Partial<OutcomeSummary> = {}): OutcomeSummary {
  return { kind: "routed", queue: "billing", tier: 2, escalationReason: null, aiReply: null, intent: "refund", intentConfidence: 0.9, firstResponseSec: 600, resolutionSec: 3600, slaBreached: false, ...o };
}
