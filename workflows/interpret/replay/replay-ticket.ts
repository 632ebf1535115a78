import { simulatedEffectResult } from "../activities";
import { advanceInPlace, initialState } from "../advance";
import { parseIsoMs } from "../iso-time";
import type { TWorkspaceCalendar } from "../../model/calendar";
import type { FlowPlan } from "../../model/plan";
import type { Command, FlowEvent, RunState } from "../types";
import type { AiRequest, AiAnswerSource, HistoricalTicket, OutcomeSummary } from "./types";
import { aiRequestOf, isAiActivity } from "./ai-request";
import { recordedLookup } from "./recorded-lookup";
import { createMarks, noteEffect, type ReplayMarks } from "./replay-marks";
import { replaySummary } from "./replay-summary";
import { driveInVirtualTime, NOT_YET, type ActivityCall, type VirtualRun } from "./virtual-time";

export interface ReplayOptions {
  /**
   * The workspace calendar the live run would have been started with, loaded once when the backtest starts;
   * absent: the default week, as a live run started without one.
   */
  calendar?: TWorkspaceCalendar;
}

export type ReplayOutcome = { kind: "done"; state: RunState; summary: OutcomeSummary } | { kind: "needs"; requests: AiRequest[] };

/**
 * A run never needs this many events for one ticket; a flow that loops through a wait with a timeout
 * would otherwise tick forever in virtual time. Reaching it stops the replay with the run as it stands.
 */
const MAX_EVENTS_PER_TICKET = 10_000;
/** How long past the ticket's last recorded activity timers still fire: long enough for any SLA, short enough to end. */
const HORIZON_MS = 30 * 24 * 3600_000;

/**
 * The backtest's driver of the interpreter: the same `advance` as the live workflow (../live/ticket-flow.ts),
 * driven in virtual time (driveInVirtualTime) from `ticket.created` at the snapshot's creation through the
 * recorded timeline. Model activities are answered from `ai` (a miss returns "needs": resolve it and replay
 * the ticket from scratch, which is deterministic); lookups from the results the ticket's live run kept; every
 * other activity gets the result it would have had live, and nothing is sent.
 *
 * The replay stops as soon as the run completes: later timeline events are ignored, because had the flow
 * resolved or handed off the ticket, that history would not have happened as recorded. When the events run
 * out (or the horizon is reached) while the run still waits, it is summarised as it stands.
 *
 * Hot path: the ticket is neither parsed nor copied, and the run is advanced in place.
 */
export function replayTicket(plan: FlowPlan, ticket: HistoricalTicket, ai: AiAnswerSource, options: ReplayOptions = {}): ReplayOutcome {
  const snapshot = ticket.snapshot;
  // The replay owns its run and never looks back at an earlier state: it advances it in place.
  const replay = new TicketReplay(plan, ticket, ai);
  const runId = `backtest-${snapshot.id}`;
  const calendar = options.calendar;
  const end = driveInVirtualTime(replay, {
    start:
      calendar === undefined
        ? { type: "ticket.created", at: snapshot.createdAt, runId, ticket: snapshot }
        : { type: "ticket.created", at: snapshot.createdAt, runId, ticket: snapshot, calendar },
    startMs: replay.createdMs,
    // Recorded events are flow events already.
    timeline: ticket.timeline as FlowEvent[],
    maxEvents: MAX_EVENTS_PER_TICKET,
  });
  if (end.unanswered) return { kind: "needs", requests: [replay.missing!] };
  replay.marks.endMs = end.endMs;
  return { kind: "done", state: replay.state, summary: replaySummary(replay.state, ticket, replay.createdMs, replay.marks, plan) };
}

/**
 * One ticket's run as the backtest drives it: model activities are answered from the answer source, every
 * other one gets the result it would have had live, and what the flow did and said is noted (replay-marks.ts).
 * A class rather than closures: one object per replay.
 */
class TicketReplay implements VirtualRun {
  readonly state: RunState = initialState();
  readonly createdMs: number;
  readonly marks: ReplayMarks;
  /** The model request that had no answer, once the drive stopped on it. */
  missing: AiRequest | null = null;

  constructor(
    private readonly plan: FlowPlan,
    private readonly ticket: HistoricalTicket,
    private readonly ai: AiAnswerSource,
  ) {
    this.createdMs = parseIsoMs(ticket.snapshot.createdAt);
    this.marks = createMarks(this.createdMs);
  }

  step(event: FlowEvent): Command[] {
    return advanceInPlace(this.plan, this.state, event);
  }

  isCompleted(): boolean {
    return this.state.status === "completed";
  }

  answer(call: ActivityCall, timeMs: number): unknown {
    if (call.name === "lookupData") return recordedLookup(this.ticket, call.input.source);
    if (isAiActivity(call.name)) {
      const request = aiRequestOf(call.name, call.input as never);
      const value = this.ai.lookup(request);
      if (value !== undefined) return value;
      this.missing = request;
      return NOT_YET;
    }
    noteEffect(this.marks, call, timeMs);
    return simulatedEffectResult(call.name, call.input as never);
  }

  /** Timers fire up to HORIZON_MS past the ticket's last recorded activity. */
  horizonMs(): number {
    const ticket = this.ticket;
    let last = this.createdMs;
    const timeline = ticket.timeline;
    if (timeline.length > 0) last = Math.max(last, parseIsoMs(timeline[timeline.length - 1]!.at));
    if (ticket.recorded.resolvedAt !== null) last = Math.max(last, parseIsoMs(ticket.recorded.resolvedAt));
    return last + HORIZON_MS;
  }
}
