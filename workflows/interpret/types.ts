import type { TWorkspaceCalendar } from "../model/calendar";
import type { TLookupResult } from "../model/lookup";
import type { TTicketSnapshot } from "../model/ticket";
import type { TPriority, TStatus } from "./ticket-view";
import type { ActivityInputs, ActivityName } from "./activities";

export type { TicketView } from "./ticket-view";

/** Events a run receives. `at` is the event's time: wall time live, virtual time in a backtest. */
export type FlowEvent =
  /** `calendar`: the workspace calendar as it was when the run started (absent: the default week). */
  | { type: "ticket.created"; at: string; runId: string; ticket: TTicketSnapshot; calendar?: TWorkspaceCalendar }
  | {
      type: "ticket.updated";
      at: string;
      changes: { status?: TStatus; priority?: TPriority; tags?: string[]; queue?: string | null };
    }
  | { type: "customer.replied"; at: string; body: string }
  | { type: "agent.replied"; at: string; body?: string; author?: string }
  | { type: "timer.fired"; at: string; timerId: string }
  | { type: "activity.completed"; at: string; callId: string; ok: true; result: unknown }
  | { type: "activity.completed"; at: string; callId: string; ok: false; error: string };

export type FlowEventType = FlowEvent["type"];

export type CallActivityCommand = {
  [N in ActivityName]: { type: "callActivity"; callId: string; name: N; input: ActivityInputs[N] };
}[ActivityName];

export type Command =
  | CallActivityCommand
  | { type: "startTimer"; timerId: string; durationMs: number; fireAt: string }
  | { type: "cancelTimer"; timerId: string }
  | { type: "complete"; outcome: Outcome };

/** One step of the trace: which node decided what, and why, with the numbers behind it. */
export interface TraceEntry {
  seq: number;
  at: string;
  nodeId: string;
  nodeType: string;
  decision: string;
  reason: string;
  details?: Record<string, unknown>;
}

export interface Outcome {
  /**
   * automated: resolved by the flow with no human; escalated: handed to a human with a reason;
   * routed: placed in a human queue; no-action: the flow ended without doing either.
   */
  kind: "automated" | "escalated" | "routed" | "no-action";
  queue: string | null;
  tier: number | null;
  escalationReason: string | null;
  /** What the AI reply step did, if the flow has one. */
  aiReply: "sent" | "shadow" | "assist" | "handoff" | "blocked" | null;
  endNodeId: string | null;
  label: string | null;
}

export interface Facts {
  /** `unfamiliar`: the classifier found the text unlike every intent it was trained on (set only when so). */
  intent: { label: string; confidence: number; alternatives: Array<{ label: string; confidence: number }>; unfamiliar?: boolean } | null;
  sentiment: { label: "negative" | "neutral" | "positive"; score: number; frustrated: boolean } | null;
  asksForHuman: boolean | null;
  priorityScore: number | null;
  /** The latest result of each data source the run looked up, by the source's name. */
  lookups: Readonly<Record<string, TLookupResult>>;
}

/** What the flow has done so far; the outcome is derived from it. */
export interface Actions {
  routedTo: string | null;
  escalation: string | null;
  resolved: boolean;
  aiReply: Outcome["aiReply"];
}

export type Waiting =
  | { kind: "activity"; nodeId: string; callId: string; name: ActivityName; phase: string; data?: Record<string, unknown> }
  | {
      kind: "event";
      nodeId: string;
      timerId: string;
      /** What ends the wait before the timer: a customer reply, an agent reply (first response) or a resolution. */
      until: "customer.replied" | "agent.replied" | "first-response" | "resolution";
      since: string;
    };

export interface RunState {
  status: "idle" | "running" | "waiting" | "completed";
  runId: string;
  ticket: import("./ticket-view").TicketView | null;
  /** The workspace calendar the run started with; business-time decisions count with it. */
  calendar: TWorkspaceCalendar | null;
  facts: Facts;
  actions: Actions;
  current: string | null;
  waiting: Waiting | null;
  /** Monotonic counter: names calls, timers and idempotency keys deterministically. */
  seq: number;
  now: string;
  trace: TraceEntry[];
  outcome: Outcome | null;
  /**
   * How often the run has rested at each node (see loop-cap.ts). Absent in a live run recorded before loops were
   * capped: it replays as it went.
   */
  rests?: Readonly<Record<string, number>>;
}

export interface AdvanceResult {
  state: RunState;
  commands: Command[];
}
