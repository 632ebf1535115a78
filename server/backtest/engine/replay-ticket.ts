import { simulatedEffectResult } from "../../../workflows/interpret/activities";
import { advanceInPlace, initialState } from "../../../workflows/interpret/advance";
import { parseIsoMs } from "../../../workflows/interpret/iso-time";
import type { FlowPlan } from "../../../workflows/model/plan";
import type { Command, FlowEvent, RunState } from "../../../workflows/interpret/types";
import type { AiRequest, AiAnswerSource, HistoricalTicket, OutcomeSummary } from "../types";
import { aiRequestOf, isAiActivity } from "./ai-request";
import { replaySummary, type ReplayMarks } from "./replay-summary";

export type ReplayOutcome = { kind: "done"; state: RunState; summary: OutcomeSummary } | { kind: "needs"; requests: AiRequest[] };

/**
 * A run never needs this many events for one ticket; a flow that loops through a wait with a timeout
 * would otherwise tick forever in virtual time. Reaching it stops the replay with the run as it stands.
 */
const MAX_EVENTS_PER_TICKET = 10_000;
/** How long past the ticket's last recorded activity timers still fire: long enough for any SLA, short enough to end. */
const HORIZON_MS = 30 * 24 * 3600_000;

/**
 * The backtest's driver of the interpreter: the same `advance` as the live workflow (workflows/ticket-flow.ts),
 * with a virtual clock. Events are taken in (time, insertion order): `ticket.created` at the snapshot's
 * creation, then the recorded timeline at its times (before any activity completion or timer at the same
 * instant), activity completions at the instant they were asked for, timers at their fire time; a cancelled
 * timer never fires. Model activities are answered from `ai` (a miss returns "needs": resolve it and replay
 * the ticket from scratch, which is deterministic); every other activity gets the result it would have had
 * live, and nothing is sent.
 *
 * The replay stops as soon as the run completes: later timeline events are ignored, because had the flow
 * resolved or handed off the ticket, that history would not have happened as recorded. When the events run
 * out (or the horizon is reached) while the run still waits, it is summarised as it stands.
 *
 * Hot path: no parsing or copying of the ticket, timeline events are fed as they are (they are already
 * flow events), and the small queue of pending completions and timers is kept sorted by insertion.
 */
export function replayTicket(plan: FlowPlan, ticket: HistoricalTicket, ai: AiAnswerSource): ReplayOutcome {
  const snapshot = ticket.snapshot;
  const timeline = ticket.timeline;
  const r = new Replay(ticket, ai);
  let next = 0;
  let nextMs = next < timeline.length ? parseIsoMs(timeline[next]!.at) : Infinity;

  // The replay owns its run and never looks back at an earlier state: it advances it in place.
  const state = initialState();
  let event: FlowEvent = { type: "ticket.created", at: r.at, runId: `backtest-${snapshot.id}`, ticket: snapshot };
  for (let events = 0; events < MAX_EVENTS_PER_TICKET; events++) {
    const missing = r.carryOut(advanceInPlace(plan, state, event));
    if (missing !== null) return { kind: "needs", requests: [missing] };
    if (state.status === "completed") break;

    const queued = r.times.length > 0;
    const headMs = queued ? r.times[0]! : Infinity;
    if (next < timeline.length && (!queued || nextMs <= headMs)) {
      event = timeline[next]! as FlowEvent;
      if (nextMs > r.time) {
        r.time = nextMs;
        r.at = event.at;
      }
      next++;
      nextMs = next < timeline.length ? parseIsoMs(timeline[next]!.at) : Infinity;
    } else if (queued) {
      event = r.shift();
      if (headMs > r.time) {
        r.time = headMs;
        r.at = event.at;
      }
    } else break;
  }
  r.marks.endMs = r.time;
  return { kind: "done", state, summary: replaySummary(state, ticket, r.createdMs, r.marks) };
}

/**
 * One ticket's virtual clock and its queue of pending completions and timers, kept sorted by time (ties in
 * insertion order) in three parallel arrays. A class rather than closures: one object per replay.
 */
class Replay {
  readonly createdMs: number;
  readonly marks: ReplayMarks;
  time: number;
  at: string;
  readonly times: number[] = [];
  readonly events: FlowEvent[] = [];
  /** The timer each pending event fires, null for an activity completion. */
  readonly timerIds: Array<string | null> = [];
  /** Computed on the first timer: most runs start none. */
  private horizon = NaN;

  constructor(
    private readonly ticket: HistoricalTicket,
    private readonly ai: AiAnswerSource,
  ) {
    this.createdMs = parseIsoMs(ticket.snapshot.createdAt);
    this.marks = { replyMs: null, resolveMs: null, endMs: this.createdMs };
    this.time = this.createdMs;
    this.at = ticket.snapshot.createdAt;
  }

  /** Carries out one step's commands; returns the model request that has no answer yet, if any. */
  carryOut(commands: Command[]): AiRequest | null {
    for (const c of commands) {
      switch (c.type) {
        case "callActivity": {
          let value: unknown;
          if (isAiActivity(c.name)) {
            const request = aiRequestOf(c.name, c.input as never);
            value = this.ai.lookup(request);
            if (value === undefined) return request;
          } else {
            value = simulatedEffectResult(c.name, c.input as never);
            const marks = this.marks;
            if (c.name === "sendReply") marks.replyMs ??= this.time;
            else if (c.name === "resolveTicket") {
              marks.resolveMs ??= this.time;
              // A closing message reaches the customer: it is a first response as much as a reply is.
              if ((c.input as { message: string | null }).message !== null) marks.replyMs ??= this.time;
            }
          }
          this.insert(this.time, { type: "activity.completed", at: this.at, callId: c.callId, ok: true, result: value }, null);
          break;
        }
        case "startTimer": {
          const fireMs = this.time + c.durationMs;
          if (Number.isNaN(this.horizon)) this.horizon = horizonOf(this.ticket, this.createdMs);
          if (fireMs <= this.horizon) this.insert(fireMs, { type: "timer.fired", at: c.fireAt, timerId: c.timerId }, c.timerId);
          break;
        }
        case "cancelTimer": {
          const i = this.timerIds.indexOf(c.timerId);
          if (i >= 0) this.remove(i);
          break;
        }
        case "complete":
          break;
        default: {
          const never: never = c;
          throw new Error(`Unknown command ${JSON.stringify(never)}`);
        }
      }
    }
    return null;
  }

  shift(): FlowEvent {
    this.times.shift();
    this.timerIds.shift();
    return this.events.shift()!;
  }

  private insert(time: number, event: FlowEvent, timerId: string | null): void {
    let i = this.times.length;
    while (i > 0 && this.times[i - 1]! > time) i--;
    if (i === this.times.length) {
      this.times.push(time);
      this.events.push(event);
      this.timerIds.push(timerId);
    } else {
      this.times.splice(i, 0, time);
      this.events.splice(i, 0, event);
      this.timerIds.splice(i, 0, timerId);
    }
  }

  private remove(i: number): void {
    this.times.splice(i, 1);
    this.events.splice(i, 1);
    this.timerIds.splice(i, 1);
  }
}

function horizonOf(ticket: HistoricalTicket, createdMs: number): number {
  let last = createdMs;
  const tl = ticket.timeline;
  if (tl.length > 0) last = Math.max(last, parseIsoMs(tl[tl.length - 1]!.at));
  if (ticket.recorded.resolvedAt !== null) last = Math.max(last, parseIsoMs(ticket.recorded.resolvedAt));
  return last + HORIZON_MS;
}
