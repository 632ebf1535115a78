import "server-only";
import type { TTestTicketResult } from "../../../../lib/flows/test-ticket-result";
import type { TTestTicketTurn } from "../../../../lib/flows/test-ticket";
import { READ_ONLY_ACTIVITIES, simulatedEffectResult, type ReadOnlyName } from "../../../../workflows/interpret/activities";
import { advanceInPlace, initialState } from "../../../../workflows/interpret/advance";
import { isoOfMs, parseIsoMs } from "../../../../workflows/interpret/iso-time";
import { ActivityFailed, driveInVirtualTime, NOT_YET, type ActivityCall, type VirtualRun } from "../../../../workflows/interpret/replay/virtual-time";
import type { TicketView } from "../../../../workflows/interpret/ticket-view";
import type { Command, FlowEvent, RunState } from "../../../../workflows/interpret/types";
import type { TWorkspaceCalendar } from "../../../../workflows/model/calendar";
import type { FlowPlan } from "../../../../workflows/model/plan";
import type { TTicketSnapshot } from "../../../../workflows/model/ticket";
import { testTicketResult, type TestTicketLogEntry } from "./test-ticket-result";

/** Answers a read-only activity for real (a model, a data source); a throw fails the call, as a failed activity would. */
export type TestTicketRead = (name: ReadOnlyName, input: ActivityCall["input"], ticket: TicketView) => Promise<unknown>;

export interface TestTicketLimits {
  /** Events one test may feed the run: a flow that goes round a loop without resting is cut off here. */
  maxEvents: number;
  /** Real reads (model calls, lookups) one test may make; repeated identical reads are answered once. */
  maxReads: number;
}

export const TEST_TICKET_LIMITS: TestTicketLimits = { maxEvents: 500, maxReads: 40 };

export interface TestTicketDrive {
  plan: FlowPlan;
  snapshot: TTicketSnapshot;
  calendar: TWorkspaceCalendar;
  turns: readonly TTestTicketTurn[];
  /** The ticket's creation: a turn arrives a minute after the run rests, a timeout at the wait's own deadline. */
  startMs: number;
  ran: TTestTicketResult["ran"];
}

/** How long after the run rests a typed reply arrives (sooner when the wait would time out first). */
const REPLY_DELAY_MS = 60_000;

/**
 * Runs a test ticket through the interpreter on the backtest's virtual clock (driveInVirtualTime), one stretch at
 * a time: from the ticket's creation until the run rests, then from each typed turn until it rests again. A read
 * the run asks for stops the stretch (NOT_YET); it is answered for real and the run goes on from its completion.
 * Effects are answered as if they worked (simulatedEffectResult) and only noted. Timers never fire by themselves:
 * a "timeout" turn fires the pending wait's timer at its deadline, so time passes only when the tester says so.
 */
export async function driveTestTicket(read: TestTicketRead, drive: TestTicketDrive, limits: TestTicketLimits = TEST_TICKET_LIMITS): Promise<TTestTicketResult> {
  const run = new TestTicketRun(drive.plan);
  const { turns, snapshot } = drive;
  let ms = drive.startMs;
  let event: FlowEvent = { type: "ticket.created", at: isoOfMs(ms), runId: "test-ticket", ticket: snapshot, calendar: drive.calendar };
  run.log.push({ type: "customer", body: snapshot.body, subject: snapshot.subject === "" ? null : snapshot.subject, at: event.at });
  let nextTurn = 0;
  let reads = 0;
  let stopReason: string | null = null;
  try {
    for (;;) {
      const budget = limits.maxEvents - run.events;
      if (budget <= 0) {
        stopReason = loopReason(limits.maxEvents);
        break;
      }
      const end = driveInVirtualTime(run, { start: event, startMs: ms, timeline: [], maxEvents: budget });
      ms = Math.max(ms, end.endMs);
      if (end.unanswered) {
        const pending = run.takePending();
        if (reads >= limits.maxReads) {
          stopReason = `The test stopped after ${limits.maxReads} AI and data-source calls: the flow may be going round a loop.`;
          break;
        }
        reads++;
        const value = await answer(read, pending);
        run.answers.set(pending.key, value);
        event = completionOf(pending.call, value, run.state.now);
        continue;
      }
      if (run.isCompleted()) break;
      if (!rests(run.state)) {
        stopReason = loopReason(limits.maxEvents);
        break;
      }
      if (nextTurn >= turns.length) break;
      const next = run.eventFor(turns[nextTurn++]!, ms);
      if (next === null) continue;
      event = next.event;
      ms = next.ms;
    }
  } catch (error) {
    // advance refuses a plan that takes too many steps on one event: that is a loop too, said in its words.
    stopReason = `The test stopped: ${error instanceof Error ? error.message : String(error)}`;
  }
  return testTicketResult(drive.plan, run.state, run.log, {
    ran: drive.ran,
    stopReason,
    timers: run.timers,
    unusedTurns: turns.length - nextTurn,
  });
}

function loopReason(maxEvents: number): string {
  return `The test stopped after ${maxEvents} steps without the flow resting: it goes round a loop that never waits for the customer (an SLA timer already past its deadline, for one).`;
}

/** The run rests when nothing but the outside world (a reply, an agent, a timeout) can move it on. */
function rests(state: RunState): boolean {
  return state.status === "idle" || (state.status === "waiting" && state.waiting?.kind === "event");
}

async function answer(read: TestTicketRead, pending: PendingRead): Promise<unknown> {
  try {
    return await read(pending.call.name as ReadOnlyName, pending.call.input, pending.ticket);
  } catch (error) {
    return new ActivityFailed(error instanceof Error ? error.message : String(error));
  }
}

function completionOf(call: ActivityCall, value: unknown, at: string): FlowEvent {
  return value instanceof ActivityFailed
    ? { type: "activity.completed", at, callId: call.callId, ok: false, error: value.error }
    : { type: "activity.completed", at, callId: call.callId, ok: true, result: value };
}

interface PendingRead {
  call: ActivityCall;
  key: string;
  /** The ticket as the run saw it when it asked (a lookup reads the latest customer message). */
  ticket: TicketView;
}

/** One test ticket's run as driveInVirtualTime drives it; it owns its state and advances it in place. */
class TestTicketRun implements VirtualRun {
  readonly state: RunState = initialState();
  events = 0;
  /** Answers already known, by what the read depends on: a loop asking the same thing again costs nothing. */
  readonly answers = new Map<string, unknown>();
  /** Timer id → when it fires. */
  readonly timers = new Map<string, string>();
  readonly log: TestTicketLogEntry[] = [];
  private pending: PendingRead | null = null;

  constructor(private readonly plan: FlowPlan) {}

  step(event: FlowEvent): Command[] {
    this.events++;
    const commands = advanceInPlace(this.plan, this.state, event);
    for (const command of commands) if (command.type === "startTimer") this.timers.set(command.timerId, command.fireAt);
    return commands;
  }

  isCompleted(): boolean {
    return this.state.status === "completed";
  }

  answer(call: ActivityCall, timeMs: number): unknown {
    const ticket = this.state.ticket!;
    if (READ_ONLY_ACTIVITIES.has(call.name)) {
      const key = readKey(call, ticket);
      if (this.answers.has(key)) return this.answers.get(key);
      this.pending = { call, key, ticket: { ...ticket } };
      return NOT_YET;
    }
    this.log.push({ type: "effect", call, at: isoOfMs(timeMs), traceLength: this.state.trace.length });
    return simulatedEffectResult(call.name, call.input as never);
  }

  /** Timers fire only when a turn says so. */
  horizonMs(): number {
    return -Infinity;
  }

  takePending(): PendingRead {
    const pending = this.pending;
    if (pending === null) throw new Error("The run stopped for a read it never asked for");
    this.pending = null;
    return pending;
  }

  /** The event a turn makes, and when; null when it changes nothing (a timeout with nothing waiting). */
  eventFor(turn: TTestTicketTurn, nowMs: number): { event: FlowEvent; ms: number } | null {
    const waiting = this.state.waiting;
    const fireAt = waiting?.kind === "event" ? this.timers.get(waiting.timerId) : undefined;
    if (turn.kind === "timeout") {
      if (waiting?.kind !== "event" || fireAt === undefined) {
        this.log.push({ type: "timeout", text: "Nothing was waiting, so nothing timed out.", at: isoOfMs(nowMs) });
        return null;
      }
      this.log.push({ type: "timeout", text: `Nobody replied: the wait at "${this.plan.nodes[waiting.nodeId]?.label ?? waiting.nodeId}" timed out.`, at: fireAt });
      return { event: { type: "timer.fired", at: fireAt, timerId: waiting.timerId }, ms: parseIsoMs(fireAt) };
    }
    const room = fireAt === undefined ? REPLY_DELAY_MS : Math.floor((parseIsoMs(fireAt) - nowMs) / 2);
    const ms = nowMs + Math.max(0, Math.min(REPLY_DELAY_MS, room));
    const at = isoOfMs(ms);
    this.log.push({ type: turn.kind, body: turn.body, subject: null, at });
    const event: FlowEvent = turn.kind === "customer" ? { type: "customer.replied", at, body: turn.body } : { type: "agent.replied", at, body: turn.body, author: "Test agent" };
    return { event, ms };
  }
}

/** What a read's answer depends on: its input (the ticket id is always the test's), and for a lookup the latest message. */
function readKey(call: ActivityCall, ticket: TicketView): string {
  const { ticketId: _ticketId, ...rest } = call.input as { ticketId: string };
  const latest = call.name === "lookupData" ? ticket.latestCustomerMessage : "";
  return `${call.name}\u0000${JSON.stringify(rest)}\u0000${latest}`;
}
