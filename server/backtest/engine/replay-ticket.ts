import { simulatedEffectResult } from "../../../workflows/interpret/activities";
import { advance, initialState } from "../../../workflows/interpret/advance";
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

interface Pending {
  time: number;
  order: number;
  event: FlowEvent;
  timerId: string | null;
}

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
  const createdMs = Date.parse(snapshot.createdAt);
  let horizon = NaN; // computed on the first timer: most runs start none
  const pending: Pending[] = [];
  const marks: ReplayMarks = { replyMs: null, resolveMs: null, endMs: createdMs };
  let order = timeline.length + 1;
  let time = createdMs;
  let at = snapshot.createdAt;
  let next = 0;
  let nextMs = next < timeline.length ? Date.parse(timeline[next]!.at) : Infinity;

  let state = initialState();
  let event: FlowEvent = { type: "ticket.created", at, runId: `backtest-${snapshot.id}`, ticket: snapshot };
  for (let events = 0; events < MAX_EVENTS_PER_TICKET; events++) {
    const result = advance(plan, state, event);
    state = result.state;
    const missing = carryOut(result.commands);
    if (missing !== null) return { kind: "needs", requests: [missing] };
    if (state.status === "completed") break;

    const head = pending[0];
    if (next < timeline.length && (head === undefined || nextMs <= head.time)) {
      event = timeline[next]! as FlowEvent;
      if (nextMs > time) {
        time = nextMs;
        at = event.at;
      }
      next++;
      nextMs = next < timeline.length ? Date.parse(timeline[next]!.at) : Infinity;
    } else if (head !== undefined) {
      pending.shift();
      event = head.event;
      if (head.time > time) {
        time = head.time;
        at = event.at;
      }
    } else break;
  }
  marks.endMs = time;
  return { kind: "done", state, summary: replaySummary(state, ticket, createdMs, marks) };

  /** Carries out one step's commands; returns the model request that has no answer yet, if any. */
  function carryOut(commands: Command[]): AiRequest | null {
    for (const c of commands) {
      switch (c.type) {
        case "callActivity": {
          let value: unknown;
          if (isAiActivity(c.name)) {
            const request = aiRequestOf(c.name, c.input as never);
            value = ai.lookup(request);
            if (value === undefined) return request;
          } else {
            value = simulatedEffectResult(c.name, c.input as never);
            if (c.name === "sendReply") marks.replyMs ??= time;
            else if (c.name === "resolveTicket") {
              marks.resolveMs ??= time;
              // A closing message reaches the customer: it is a first response as much as a reply is.
              if ((c.input as { message: string | null }).message !== null) marks.replyMs ??= time;
            }
          }
          insert({ time, order: order++, event: { type: "activity.completed", at, callId: c.callId, ok: true, result: value }, timerId: null });
          break;
        }
        case "startTimer": {
          const fireMs = time + c.durationMs;
          if (Number.isNaN(horizon)) horizon = horizonOf(ticket, createdMs);
          if (fireMs <= horizon) insert({ time: fireMs, order: order++, event: { type: "timer.fired", at: c.fireAt, timerId: c.timerId }, timerId: c.timerId });
          break;
        }
        case "cancelTimer": {
          const i = pending.findIndex((p) => p.timerId === c.timerId);
          if (i >= 0) pending.splice(i, 1);
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

  function insert(p: Pending): void {
    let i = pending.length;
    while (i > 0 && pending[i - 1]!.time > p.time) i--;
    pending.splice(i, 0, p);
  }
}

function horizonOf(ticket: HistoricalTicket, createdMs: number): number {
  let last = createdMs;
  const tl = ticket.timeline;
  if (tl.length > 0) last = Math.max(last, Date.parse(tl[tl.length - 1]!.at));
  if (ticket.recorded.resolvedAt !== null) last = Math.max(last, Date.parse(ticket.recorded.resolvedAt));
  return last + HORIZON_MS;
}
