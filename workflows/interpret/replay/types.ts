import type { TLookupResult } from "../../model/lookup";
import type { TTicketSnapshot } from "../../model/ticket";
import type { ActivityInputs } from "../activities";
import type { TPriority } from "../ticket-view";
import type { Outcome, TraceEntry } from "../types";

/**
 * The contracts of the replay driver, shared by the replay with its metrics and comparison, the ticket
 * sources (database, file), the backtest services that run it in-process or in chunks, the API and the CLI.
 */

/** What happened to a ticket after it was created, as recorded in the history, replayed at its recorded time. */
export type TimelineEvent =
  | { type: "customer.replied"; at: string; body: string }
  | { type: "agent.replied"; at: string; author?: string; body?: string }
  | { type: "ticket.updated"; at: string; changes: { status?: "open" | "pending" | "solved" | "closed" } };

/** How the ticket ended historically: the baseline a backtest is compared with. */
export interface RecordedOutcome {
  category: string | null;
  queue: string | null;
  tier: number | null;
  escalated: boolean;
  firstResponseAt: string | null;
  resolvedAt: string | null;
  handleTimeSec: number | null;
  csat: number | null;
}

export interface HistoricalTicket {
  /** The ticket as it was when it arrived: what the flow sees on `ticket.created`. */
  snapshot: TTicketSnapshot;
  /** Later events, sorted by `at`. */
  timeline: TimelineEvent[];
  recorded: RecordedOutcome;
  /**
   * The data-source results the ticket's live run kept, by source: a backtest's lookup nodes read them and never
   * call out. Loaded only for the sources the replayed flows look up; absent or missing one: "not recorded".
   */
  lookups?: Readonly<Record<string, TLookupResult>>;
}

/** The activities whose answers come from a model; every other activity is simulated and never sent. */
export type AiActivityName = "classifyIntent" | "detectSentiment" | "draftReply";
export type AiRequest = { [N in AiActivityName]: { name: N; key: string; input: ActivityInputs[N] } }[AiActivityName];

/**
 * Model answers for the replay: looked up synchronously (the replay loop never awaits), filled
 * asynchronously in batches for the misses. Answers are cached per ticket, input and model version.
 */
export interface AiAnswerSource {
  /** Names the model(s) answering, e.g. "local-intent-v3-ab12cd"; stored with the backtest. */
  readonly modelVersion: string;
  lookup(request: AiRequest): unknown | undefined;
  resolve(requests: AiRequest[]): Promise<void>;
  /**
   * Loads what is stored for these tickets before their replay, when the source can: without it, a rerun finds its
   * cached answers one AI step at a time, a round of queries and replays per step.
   */
  prefetch?(ticketIds: readonly string[]): Promise<void>;
}

/**
 * What a ticket saw from one side of a backtest: where it went and everything the flow did to it or said about
 * it. Stored with every changed ticket and computed for every replayed one, so lists are shared empties when
 * nothing happened. The effect fields are absent from the history (the helpdesk recorded none of them) and from
 * runs stored before they were kept; absent means "not known", never "none".
 */
export interface OutcomeSummary {
  kind: Outcome["kind"];
  queue: string | null;
  tier: number | null;
  escalationReason: string | null;
  aiReply: Outcome["aiReply"];
  intent: string | null;
  intentConfidence: number | null;
  /** Predicted (or recorded, for the history) seconds from creation to first response and to resolution. */
  firstResponseSec: number | null;
  resolutionSec: number | null;
  slaBreached: boolean;
  /** The ticket's priority when the run ended. */
  priority?: TPriority;
  /** The ticket's tags when the run ended. */
  tags?: readonly string[];
  /** Custom fields (and a status) the flow set, last value wins; null when it set none. */
  fields?: Readonly<Record<string, string | number | boolean>> | null;
  /** Whether the flow resolved the ticket. */
  resolved?: boolean;
  /** Every message the customer received from the flow, in order: AI replies, escalation and closing messages, surveys. */
  customerMessages?: readonly string[];
  /** Internal notes the flow posted for agents (AI drafts in assist mode). */
  internalNotes?: readonly string[];
  /** Slack notifications, in order. */
  notifications?: ReadonlyArray<{ channel: string; text: string }>;
  /** Each SLA timer the run decided: its node (the same across versions of a flow) and that node's label. */
  slaTimers?: ReadonlyArray<{ nodeId: string; timer: string; result: "met" | "breached" }>;
}

/** One way two sides' outcomes differ, in words a support lead reads: "Priority", "high", "urgent". */
export interface OutcomeDifference {
  aspect: TOutcomeAspect;
  /** What differs, as the start of a sentence: "Priority", "Message 2 to the customer", "SLA “First response within 1 h”". */
  label: string;
  before: string;
  after: string;
}

export type TOutcomeAspect =
  | "outcome"
  | "queue"
  | "tier"
  | "priority"
  | "escalationReason"
  | "aiReply"
  | "resolved"
  | "tags"
  | "fields"
  | "customerMessages"
  | "internalNotes"
  | "notifications"
  | "slaTimers";

/** Where two traces first part: the node that decided differently, and the two decisions with their reasons. */
export interface Divergence {
  nodeId: string;
  /** The node's label as drawn on the canvas; absent in runs stored before labels were kept. */
  nodeLabel?: string;
  nodeType: string;
  baseline: { decision: string; reason: string; details?: Record<string, unknown> } | null;
  candidate: { decision: string; reason: string; details?: Record<string, unknown> } | null;
  /** One sentence for the changed-tickets table, e.g. `“By intent”: "cards" (card_arrival 0.91 ≥ 0.80) instead of "general"`. */
  explanation: string;
}

export interface ChangedTicket {
  ticketId: string;
  subject: string;
  category: string | null;
  createdAt: string;
  baseline: OutcomeSummary;
  candidate: OutcomeSummary;
  divergence: Divergence;
  /** Full step traces, kept only for changed tickets; the baseline trace is empty when comparing with the history. */
  baselineTrace: TraceEntry[];
  candidateTrace: TraceEntry[];
}

/** A mergeable histogram of durations in seconds (log buckets): chunk results merge without keeping samples. */
export interface DurationHistogram {
  count: number;
  sum: number;
  /** bucket index -> count; bucket i holds durations in [BASE^i, BASE^(i+1)) seconds. */
  buckets: Record<string, number>;
}

export interface NodeBranchHits {
  count: number;
  /** The first tickets that took this branch (capped), for the link from a rule to the tickets it matched. */
  sample: string[];
}

/** Everything counted over one side of a backtest. Plain JSON, mergeable across chunks. */
export interface BacktestMetrics {
  tickets: number;
  outcomes: Record<Outcome["kind"], number>;
  /** Resolved by the flow with an AI answer sent to the customer and no human. */
  deflected: number;
  tierMix: Record<string, number>;
  routing: ConfusionCounts;
  intent: ConfusionCounts;
  escalationsByReason: Record<string, number>;
  firstResponse: DurationHistogram;
  resolution: DurationHistogram;
  slaBreaches: number;
  agentSecondsSaved: number;
  aiReplies: Record<"sent" | "shadow" | "assist" | "handoff" | "blocked", number>;
  guardrailBlocks: number;
  byCategory: Record<string, CategoryMetrics>;
  /** nodeId -> decision -> hits. */
  nodeHits: Record<string, Record<string, NodeBranchHits>>;
}

export interface ConfusionCounts {
  compared: number;
  correct: number;
  /** actual -> predicted -> count */
  matrix: Record<string, Record<string, number>>;
}

export interface CategoryMetrics {
  tickets: number;
  automated: number;
  escalated: number;
  routedCorrectly: number;
  slaBreaches: number;
  agentSecondsSaved: number;
}

/** What is compared: the candidate flow against another version, or against the history as it happened. */
export type BaselineKind = "version" | "history";

export interface BacktestResult {
  candidate: BacktestMetrics;
  baseline: BacktestMetrics;
  baselineKind: BaselineKind;
  changedCount: number;
  modelVersion: string;
}
