import type { FlowPlan, PlanNode } from "../model/plan";
import type { TTriggerEvent } from "../model/nodes";
import { ACTIVITY_RESULT_SCHEMAS } from "./activities";
import { enterNode, resumeNode, wakeNode } from "./dispatch";
import { fastResult } from "./fast-results";
import { outcomeOf } from "./outcome";
import type { ActivityOutcome, StepContext, StepOutcome } from "./step-kit";
import { copyTicketView, ticketViewOf } from "./ticket-view";
import { isoOfMs, parseIsoMs } from "./iso-time";
import type { AdvanceResult, Command, FlowEvent, RunState } from "./types";

/** A run never needs this many steps between two events; reaching it means a plan the compiler should have refused. */
const MAX_STEPS_PER_EVENT = 10_000;

export function initialState(): RunState {
  return {
    status: "idle",
    runId: "",
    ticket: null,
    facts: { intent: null, sentiment: null, asksForHuman: null, priorityScore: null },
    actions: { routedTo: null, escalation: null, resolved: false, aiReply: null },
    current: null,
    waiting: null,
    seq: 0,
    now: "",
    trace: [],
    outcome: null,
  };
}

/**
 * The step machine: pure and deterministic. Given the plan, the run's state and one event, it returns the
 * next state and the commands the driver must carry out (activities, timers, completion). The live
 * Temporal workflow and the backtester both drive exactly this function.
 */
export function advance(plan: FlowPlan, prev: RunState, event: FlowEvent): AdvanceResult {
  if (prev.status === "completed") return { state: prev, commands: [] };
  const state = draftOf(prev);
  return { state, commands: step(plan, { state, commands: [], ownsTrace: false }, event) };
}

/**
 * `advance` for a driver that owns its run outright and never looks at an earlier state again (the
 * backtest's replay): the same step, applied to `state` itself instead of a copy, which saves copying the
 * state and the ticket on every event. `state` must come from `initialState()` and only ever have been
 * advanced in place (a state returned by `advance` may share its trace with the state before it).
 */
export function advanceInPlace(plan: FlowPlan, state: RunState, event: FlowEvent): Command[] {
  if (state.status === "completed") return [];
  return step(plan, { state, commands: [], ownsTrace: true }, event);
}

function step(plan: FlowPlan, ctx: DraftContext, event: FlowEvent): Command[] {
  const state = ctx.state;
  // Most events (activity completions) arrive at the run's own time: no need to parse it.
  if (state.now === "" || (event.at !== state.now && parseIsoMs(event.at) > parseIsoMs(state.now))) state.now = event.at;

  const started = react(plan, ctx, event);
  if (started !== null) run(plan, ctx, started.node, started.outcome);
  return ctx.commands;
}

type Resumption = { node: PlanNode; outcome: StepOutcome } | null;

/**
 * The draft shares `prev`'s trace until this event records its first step, which copies it: events that
 * record nothing copy nothing, and `prev` is never touched.
 */
interface DraftContext extends StepContext {
  ownsTrace: boolean;
}

function react(plan: FlowPlan, ctx: StepContext, event: FlowEvent): Resumption {
  const s = ctx.state;
  if (event.type === "ticket.created") {
    if (s.ticket !== null) return null; // a repeated start signal
    s.ticket = ticketViewOf(event.ticket);
    s.runId = event.runId;
    return start(plan, ctx, "ticket.created");
  }
  const t = s.ticket;
  if (t === null) return null; // nothing can happen before the ticket exists
  switch (event.type) {
    case "ticket.updated": {
      const c = event.changes;
      if (c.status !== undefined) {
        t.status = c.status;
        if ((c.status === "solved" || c.status === "closed") && t.resolvedAt === null) t.resolvedAt = event.at;
      }
      if (c.priority !== undefined) t.priority = c.priority;
      if (c.tags !== undefined) t.tags = [...c.tags];
      if (c.queue !== undefined) t.queue = c.queue;
      if (s.status === "idle") return start(plan, ctx, "ticket.updated");
      return t.resolvedAt !== null ? wakeOn(plan, ctx, "resolution") : null;
    }
    case "customer.replied":
      t.latestCustomerMessage = event.body;
      t.lastCustomerReplyAt = event.at;
      if (s.status === "idle") return start(plan, ctx, "customer.replied");
      return wakeOn(plan, ctx, "customer.replied");
    case "agent.replied":
      t.firstResponseAt ??= event.at;
      t.lastAgentReplyAt = event.at;
      return wakeOn(plan, ctx, "agent.replied") ?? wakeOn(plan, ctx, "first-response");
    case "timer.fired": {
      const w = s.waiting;
      if (w === null || w.kind !== "event" || w.timerId !== event.timerId) return null; // stale or cancelled
      const node = nodeOf(plan, w.nodeId);
      s.waiting = null;
      s.status = "running";
      return { node, outcome: wakeNode(node, ctx, "timer") };
    }
    case "activity.completed": {
      const w = s.waiting;
      if (w === null || w.kind !== "activity" || w.callId !== event.callId) return null; // a duplicate completion
      const node = nodeOf(plan, w.nodeId);
      s.waiting = null;
      s.status = "running";
      return { node, outcome: resumeNode(node, ctx, w.phase, checkResult(w.name, event)) };
    }
  }
}

function start(plan: FlowPlan, ctx: StepContext, on: TTriggerEvent): Resumption {
  const entry = plan.entry[on];
  if (entry === undefined) return null;
  const node = nodeOf(plan, entry);
  ctx.state.status = "running";
  ctx.state.current = node.id;
  return { node, outcome: enterNode(node, ctx, plan) };
}

function wakeOn(plan: FlowPlan, ctx: StepContext, until: "customer.replied" | "agent.replied" | "first-response" | "resolution"): Resumption {
  const w = ctx.state.waiting;
  if (w === null || w.kind !== "event" || w.until !== until) return null;
  ctx.commands.push({ type: "cancelTimer", timerId: w.timerId });
  const node = nodeOf(plan, w.nodeId);
  ctx.state.waiting = null;
  ctx.state.status = "running";
  return { node, outcome: wakeNode(node, ctx, "event") };
}

function checkResult(name: keyof typeof ACTIVITY_RESULT_SCHEMAS, event: Extract<FlowEvent, { type: "activity.completed" }>): ActivityOutcome {
  if (!event.ok) return { ok: false, error: event.error };
  const fast = fastResult(name, event.result);
  if (fast !== undefined) return { ok: true, value: fast };
  const parsed = ACTIVITY_RESULT_SCHEMAS[name].safeParse(event.result);
  if (parsed.success) return { ok: true, value: parsed.data };
  const issue = parsed.error.issues[0];
  return { ok: false, error: `${name} returned an invalid result (${issue?.path.join(".") || "result"}: ${issue?.message ?? "invalid"})` };
}

function run(plan: FlowPlan, ctx: DraftContext, first: PlanNode, firstOutcome: StepOutcome): void {
  const s = ctx.state;
  let node = first;
  let outcome = firstOutcome;
  for (let steps = 0; steps < MAX_STEPS_PER_EVENT; steps++) {
    switch (outcome.kind) {
      case "go": {
        if (outcome.quiet !== true) record(ctx, node, outcome.decision, outcome.reason, outcome.details);
        const nextId = outcome.handle === null ? undefined : node.next[outcome.handle];
        if (nextId === undefined) return finish(ctx, node, null);
        node = nodeOf(plan, nextId);
        s.current = node.id;
        outcome = enterNode(node, ctx, plan);
        continue;
      }
      case "call": {
        if (outcome.note) record(ctx, node, outcome.note.decision, outcome.note.reason, outcome.note.details);
        const callId = `${node.id}#${s.seq++}`;
        ctx.commands.push({ type: "callActivity", callId, name: outcome.name, input: outcome.input } as never);
        s.waiting = outcome.data
          ? { kind: "activity", nodeId: node.id, callId, name: outcome.name, phase: outcome.phase, data: outcome.data }
          : { kind: "activity", nodeId: node.id, callId, name: outcome.name, phase: outcome.phase };
        s.status = "waiting";
        return;
      }
      case "wait": {
        record(ctx, node, outcome.decision, outcome.reason, outcome.details);
        const timerId = `${node.id}@${s.seq++}`;
        const fireAt = isoOfMs(parseIsoMs(s.now) + outcome.durationMs);
        ctx.commands.push({ type: "startTimer", timerId, durationMs: outcome.durationMs, fireAt });
        s.waiting = { kind: "event", nodeId: node.id, timerId, until: outcome.until, since: s.now };
        s.status = "waiting";
        return;
      }
      case "end":
        record(ctx, node, outcome.decision, outcome.reason);
        return finish(ctx, node, node.type === "end" ? (node.config.outcome ?? null) : null);
    }
  }
  throw new Error(`Run ${s.runId} took more than ${MAX_STEPS_PER_EVENT} steps on one event; the plan loops without waiting`);
}

function finish(ctx: StepContext, last: PlanNode, label: string | null): void {
  const s = ctx.state;
  s.status = "completed";
  s.current = null;
  s.waiting = null;
  s.outcome = outcomeOf(s, last.id, label);
  ctx.commands.push({ type: "complete", outcome: s.outcome });
}

function record(ctx: DraftContext, node: PlanNode, decision: string, reason: string, details?: Record<string, unknown>): void {
  const s = ctx.state;
  if (!ctx.ownsTrace) {
    s.trace = s.trace.slice();
    ctx.ownsTrace = true;
  }
  const seq = s.trace.length + 1;
  s.trace.push(
    details
      ? { seq, at: s.now, nodeId: node.id, nodeType: node.type, decision, reason, details }
      : { seq, at: s.now, nodeId: node.id, nodeType: node.type, decision, reason },
  );
}

function nodeOf(plan: FlowPlan, id: string): PlanNode {
  const node = plan.nodes[id];
  if (node === undefined) throw new Error(`The plan has no node "${id}"`);
  return node;
}

/**
 * Copies what a step may change, so `prev` stays untouched: steps replace arrays, never mutate them.
 * The trace is shared until the first step is recorded (see DraftContext).
 */
function draftOf(prev: RunState): RunState {
  const f = prev.facts;
  const a = prev.actions;
  return {
    status: prev.status,
    runId: prev.runId,
    ticket: prev.ticket === null ? null : copyTicketView(prev.ticket),
    facts: { intent: f.intent, sentiment: f.sentiment, asksForHuman: f.asksForHuman, priorityScore: f.priorityScore },
    actions: { routedTo: a.routedTo, escalation: a.escalation, resolved: a.resolved, aiReply: a.aiReply },
    current: prev.current,
    waiting: prev.waiting,
    seq: prev.seq,
    now: prev.now,
    trace: prev.trace,
    outcome: prev.outcome,
  };
}
