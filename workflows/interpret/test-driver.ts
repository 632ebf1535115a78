import { compile } from "../compile";
import type { FlowPlan } from "../model/plan";
import type { TTicketSnapshot } from "../model/ticket";
import type { ActivityInputs, ActivityName } from "./activities";
import { advance, initialState } from "./advance";
import { ActivityFailed, driveInVirtualTime, type VirtualRun } from "./replay/virtual-time";
import type { Command, FlowEvent, RunState } from "./types";

/** Answers for the activities a test cares about; the others get DEFAULT_FAKES. */
export type Fakes = { [N in ActivityName]?: (input: ActivityInputs[N]) => unknown };

export interface Scripted {
  afterMs: number;
  event: Exclude<FlowEvent, { type: "ticket.created" | "timer.fired" | "activity.completed" }> extends infer E
    ? E extends { at: string }
      ? Omit<E, "at">
      : never
    : never;
}

export const T0 = "2026-03-02T10:00:00.000Z"; // a Monday, 10:00 UTC
/** Enough for any test flow; a flow that waits in a loop stops here instead of ticking on. */
const MAX_EVENTS = 1000;

export function planOf(graph: unknown, knownQueues?: string[]): FlowPlan {
  const result = compile(graph, knownQueues ? { knownQueues } : {});
  if (!result.ok) throw new Error(`Test graph does not compile: ${JSON.stringify(result.errors, null, 2)}`);
  return result.plan;
}

export function ticket(overrides: Partial<TTicketSnapshot> = {}, customer: Partial<TTicketSnapshot["customer"]> = {}): TTicketSnapshot {
  return {
    id: "t1",
    source: "test",
    externalId: "ext-1",
    subject: "Help",
    body: "I need help",
    channel: "email",
    pageUrl: null,
    status: "new",
    priority: "normal",
    tags: [],
    language: "en",
    queue: null,
    createdAt: T0,
    ...overrides,
    customer: { id: "c1", name: "Ada", plan: "standard", enterprise: false, contactsLast24h: 1, ...customer },
  };
}

const DEFAULT_FAKES: Required<Fakes> = {
  classifyIntent: () => ({ label: "general", confidence: 0.5, alternatives: [] }),
  detectSentiment: () => ({ label: "neutral", score: 0, frustrated: false, asksForHuman: false }),
  routeTicket: (i) => ({ queue: i.queue, assignee: null }),
  draftReply: () => ({ text: "Here is how", confidence: 0.9, citations: [{ articleId: "kb1", title: "How" }] }),
  lookupData: (i) => ({ source: i.source, status: "found", request: `/${i.source}/${i.ticketId}`, fields: {} }),
  sendReply: () => ({}),
  postInternalNote: () => ({}),
  escalateTicket: () => ({}),
  notifySlack: () => ({}),
  updateTicket: () => ({}),
  resolveTicket: () => ({}),
  sendCsatSurvey: () => ({}),
};

export interface DriveResult {
  state: RunState;
  commands: Command[];
  calls: Array<{ name: ActivityName; input: unknown }>;
  /** Every intermediate state, to check purity and replay. */
  states: RunState[];
}

/**
 * Runs the plan on the replay driver's virtual clock (replay/virtual-time.ts, the loop the backtest uses):
 * activities answer at once from the fakes (a fake that throws fails its call), timers fire in virtual
 * time, scripted events arrive at their offsets. `advance` copies the state on every event, so every
 * intermediate state is kept (deep-frozen first with `freeze`, which proves it is never written to).
 */
export function drive(plan: FlowPlan, snapshot: TTicketSnapshot, fakes: Fakes = {}, script: Scripted[] = [], options: { freeze?: boolean } = {}): DriveResult {
  const all = { ...DEFAULT_FAKES, ...fakes } as Record<ActivityName, (input: unknown) => unknown>;
  const t0 = Date.parse(snapshot.createdAt);
  const at = (ms: number) => new Date(ms).toISOString();
  // A stable sort: scripted events at the same offset arrive in the order they were written.
  const timeline = script
    .map((s, order) => ({ s, order }))
    .sort((a, b) => a.s.afterMs - b.s.afterMs || a.order - b.order)
    .map(({ s }) => ({ ...s.event, at: at(t0 + s.afterMs) }) as FlowEvent);

  let state = initialState();
  const commands: Command[] = [];
  const calls: DriveResult["calls"] = [];
  const states: RunState[] = [state];
  const run: VirtualRun = {
    step(event) {
      const result = advance(plan, options.freeze ? deepFreeze(state) : state, event);
      state = result.state;
      states.push(state);
      commands.push(...result.commands);
      return result.commands;
    },
    isCompleted: () => state.status === "completed",
    answer(call) {
      calls.push({ name: call.name, input: call.input });
      try {
        return all[call.name](call.input);
      } catch (err) {
        return new ActivityFailed((err as Error).message);
      }
    },
    horizonMs: () => Infinity,
  };
  driveInVirtualTime(run, { start: { type: "ticket.created", at: at(t0), runId: "run-1", ticket: snapshot }, startMs: t0, timeline, maxEvents: MAX_EVENTS });
  return { state, commands, calls, states };
}

/** The trace as "nodeId:decision" strings: compact to assert on. */
export function path(state: RunState): string[] {
  return state.trace.map((e) => `${e.nodeId}:${e.decision}`);
}

export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}
