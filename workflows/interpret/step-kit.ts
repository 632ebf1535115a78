import type { PlanNode } from "../model/plan";
import type { ActivityInputs, ActivityName } from "./activities";
import { conversationText } from "./ticket-view";
import type { Command, RunState, Waiting } from "./types";

/** What a node step decides. The advance loop turns these into state changes, trace lines and commands. */
export type StepOutcome =
  /**
   * Leave the node through `handle` (null, or a handle with nothing attached, ends the run). `quiet` skips
   * the trace line when an earlier line of the same visit already says everything (an effect that just worked).
   */
  | { kind: "go"; handle: string | null; decision: string; reason: string; details?: Record<string, unknown>; quiet?: boolean }
  /** Ask the driver to run an activity, then resume this node in `phase` with its result. */
  | {
      kind: "call";
      name: ActivityName;
      input: ActivityInputs[ActivityName];
      phase: string;
      data?: Record<string, unknown>;
      note?: { decision: string; reason: string; details?: Record<string, unknown> };
    }
  /** Rest until an event (or the timer) wakes the node. */
  | {
      kind: "wait";
      until: Extract<Waiting, { kind: "event" }>["until"];
      durationMs: number;
      decision: string;
      reason: string;
      details?: Record<string, unknown>;
    }
  | { kind: "end"; decision: string; reason: string };

export type ActivityOutcome = { ok: true; value: unknown } | { ok: false; error: string };

export interface StepContext {
  readonly state: RunState;
  readonly commands: Command[];
}

/** Stable per-run key for an effect at this node visit: identical on replay, distinct on a revisit. */
export function idempotencyKey(state: RunState, node: PlanNode): string {
  return `${state.runId}:${node.id}:${state.seq}`;
}

/** Builds a typed call outcome; the generic ties the input to the activity's name. */
export function callActivity<N extends ActivityName>(
  name: N,
  input: ActivityInputs[N],
  phase: string,
  extra?: { data?: Record<string, unknown>; note?: { decision: string; reason: string; details?: Record<string, unknown> } },
): StepOutcome {
  // Written out rather than spread: this runs for every activity a backtest replays.
  return extra === undefined ? { kind: "call", name, input, phase } : { kind: "call", name, input, phase, data: extra.data, note: extra.note };
}

export function ticketId(state: RunState): string {
  if (state.ticket === null) throw new Error("The run has no ticket yet");
  return state.ticket.id;
}

export function ticketText(state: RunState): string {
  return state.ticket === null ? "" : conversationText(state.ticket);
}

export function pct(value: number): string {
  return `${Math.round(value * 100)}%`;
}
