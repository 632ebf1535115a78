import { compile } from "../compile";
import type { FlowPlan } from "../model/plan";
import type { TTicketSnapshot } from "../model/ticket";
import type { ActivityInputs, ActivityName } from "./activities";
import { advance, initialState } from "./advance";
import type { Command, FlowEvent, RunState } from "./types";

/**
 * A minimal virtual-clock driver for interpreter tests: activities answer at once from fakes, timers
 * fire in virtual time, scripted events arrive at their offsets. Records every command it carried out.
 */
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

export function drive(plan: FlowPlan, snapshot: TTicketSnapshot, fakes: Fakes = {}, script: Scripted[] = [], options: { freeze?: boolean } = {}): DriveResult {
  const all = { ...DEFAULT_FAKES, ...fakes } as Record<ActivityName, (input: unknown) => unknown>;
  const t0 = Date.parse(snapshot.createdAt);
  const at = (ms: number) => new Date(ms).toISOString();
  const queue: Array<{ time: number; order: number; event: FlowEvent }> = [];
  let order = 0;
  const push = (time: number, event: FlowEvent) => queue.push({ time, order: order++, event });
  for (const s of script) push(t0 + s.afterMs, { ...s.event, at: at(t0 + s.afterMs) } as FlowEvent);
  push(t0, { type: "ticket.created", at: at(t0), runId: "run-1", ticket: snapshot });

  let state = initialState();
  const commands: Command[] = [];
  const calls: DriveResult["calls"] = [];
  const states: RunState[] = [state];
  const cancelled = new Set<string>();
  for (let guard = 0; queue.length > 0 && guard < 1000; guard++) {
    queue.sort((a, b) => a.time - b.time || a.order - b.order);
    const { time, event } = queue.shift()!;
    if (event.type === "timer.fired" && cancelled.has(event.timerId)) continue;
    const result = advance(plan, options.freeze ? deepFreeze(state) : state, event);
    state = result.state;
    states.push(state);
    for (const c of result.commands) {
      commands.push(c);
      if (c.type === "callActivity") {
        calls.push({ name: c.name, input: c.input });
        try {
          push(time, { type: "activity.completed", at: at(time), callId: c.callId, ok: true, result: all[c.name](c.input) });
        } catch (err) {
          push(time, { type: "activity.completed", at: at(time), callId: c.callId, ok: false, error: (err as Error).message });
        }
      } else if (c.type === "startTimer") {
        push(time + c.durationMs, { type: "timer.fired", at: at(time + c.durationMs), timerId: c.timerId });
      } else if (c.type === "cancelTimer") {
        cancelled.add(c.timerId);
      }
    }
  }
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
