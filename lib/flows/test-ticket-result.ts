/**
 * What a test ticket's run did, as the flow editor's test panel shows it. Nothing in it was stored or sent: the
 * effects are what the flow would have done to a real ticket.
 */

/** Where a line of the transcript or an effect came from: the node, and the trace line it belongs to. */
export interface TTestTicketSource {
  nodeId: string;
  nodeLabel: string;
  /** The trace line's `seq`; null when the node recorded none. */
  traceSeq: number | null;
}

/** The conversation as the customer (and, for agent turns, the agent) would see it, in order. */
export type TTestConversationEntry =
  | { kind: "customer"; body: string; subject: string | null; at: string }
  | { kind: "agent"; body: string; at: string }
  | { kind: "timeout"; text: string; at: string }
  | ({ kind: "reply"; body: string; citations: Array<{ articleId: string; title: string }>; at: string } & TTestTicketSource)
  | ({ kind: "handoff"; body: string | null; queue: string | null; at: string } & TTestTicketSource)
  | ({ kind: "resolved"; body: string | null; at: string } & TTestTicketSource)
  | ({ kind: "csat"; body: string; at: string } & TTestTicketSource);

/** What agents would see on the ticket: internal notes and the handoff's context summary. */
export interface TTestAgentNote extends TTestTicketSource {
  kind: "note" | "handoff-summary";
  body: string;
}

/** One effect the flow asked for and that was not carried out, in words ("Route to billing"). */
export interface TTestEffect extends TTestTicketSource {
  activity: string;
  text: string;
}

export interface TTestTraceLine {
  seq: number;
  at: string;
  nodeId: string;
  nodeLabel: string;
  nodeType: string;
  decision: string;
  reason: string;
  details?: Record<string, unknown>;
}

export interface TTestTicketResult {
  /** What ran: the draft, or version `number`. */
  ran: { kind: "draft" } | { kind: "version"; number: number };
  /**
   * completed: the run finished; waiting: it rests for a reply or a timeout (see `waiting`); stopped: it went on
   * too long without resting and was cut off (see `stopReason`).
   */
  status: "completed" | "waiting" | "idle" | "stopped";
  waiting: {
    nodeId: string;
    nodeLabel: string;
    for: "customer.replied" | "agent.replied" | "first-response" | "resolution";
    /** When the wait times out, and how long that is after it began. */
    timeoutAt: string;
    timeoutIn: string;
  } | null;
  stopReason: string | null;
  conversation: TTestConversationEntry[];
  agentNotes: TTestAgentNote[];
  effects: TTestEffect[];
  trace: TTestTraceLine[];
  outcome: {
    kind: "automated" | "escalated" | "routed" | "no-action";
    queue: string | null;
    tier: number | null;
    escalationReason: string | null;
    label: string | null;
  } | null;
  /** Replies typed after the run had finished: they changed nothing. */
  unusedTurns: number;
}
