import type { FlowPlan, PlanNode } from "../model/plan";
import type { TTriggerEvent } from "../model/nodes";
import { ACTIVITY_RESULT_SCHEMAS } from "./activities";
import { enterNode, resumeNode, wakeNode } from "./dispatch";
import { fastResult } from "./fast-results";
import { LOOP_HANDOVER_PHASE, loopHandover, mayRestAgain } from "./loop-cap";
import { outcomeOf } from "./outcome";
import type { ActivityOutcome, StepContext, StepOutcome } from "./step-kit";
import { copyTicketView, noteCustomerReply, ticketViewOf } from "./ticket-view";
import { isoOfMs, parseIsoMs } from "./iso-time";
import type { AdvanceResult, Command, FlowEvent, RunState } from "./types";

/** A run never needs this many steps between two events; reaching it means a plan the compiler should have refused. */
const MAX_STEPS_PER_EVENT = 10_000;

export function initialState(): RunState {
  return {
    status: "idle",
    runId: "",
    ticket: null,
    calendar: null,
    facts: { intent: null, sentiment: null, asksForHuman: null, priorityScore: null, lookups: {} },
    actions: { routedTo: null, escalation: null, resolved: false, aiReply: null },
    current: null,
    waiting: null,
    seq: 0,
    now: "",
    trace: [],
    outcome: null,
    rests: {},
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

function react(plan: FlowPlan, ctx: DraftContext, event: FlowEvent): Resumption {
  const state = ctx.state;
  if (event.type === "ticket.created") {
    if (state.ticket !== null) return null; // a repeated start signal
    state.ticket = ticketViewOf(event.ticket);
    state.runId = event.runId;
    state.calendar = event.calendar ?? null;
    return start(plan, ctx, "ticket.created");
  }
  const ticket = state.ticket;
  if (ticket === null) return null; // nothing can happen before the ticket exists
  switch (event.type) {
    case "ticket.updated": {
      const changes = event.changes;
      if (changes.status !== undefined) {
        ticket.status = changes.status;
        if ((changes.status === "solved" || changes.status === "closed") && ticket.resolvedAt === null) ticket.resolvedAt = event.at;
      }
      if (changes.priority !== undefined) ticket.priority = changes.priority;
      if (changes.tags !== undefined) ticket.tags = [...changes.tags];
      if (changes.queue !== undefined) ticket.queue = changes.queue;
      if (state.status === "idle") return start(plan, ctx, "ticket.updated");
      return ticket.resolvedAt !== null ? wakeOn(plan, ctx, "resolution") : null;
    }
    case "customer.replied":
      noteCustomerReply(ticket, event.body, event.at);
      if (state.status === "idle") return start(plan, ctx, "customer.replied");
      return wakeOn(plan, ctx, "customer.replied");
    case "agent.replied":
      ticket.firstResponseAt ??= event.at;
      ticket.lastAgentReplyAt = event.at;
      return wakeOn(plan, ctx, "agent.replied") ?? wakeOn(plan, ctx, "first-response");
    case "timer.fired": {
      const waiting = state.waiting;
      if (waiting === null || waiting.kind !== "event" || waiting.timerId !== event.timerId) return null; // stale or cancelled
      const node = nodeOf(plan, waiting.nodeId);
      state.waiting = null;
      state.status = "running";
      return { node, outcome: wakeNode(node, ctx, "timer") };
    }
    case "activity.completed": {
      const waiting = state.waiting;
      if (waiting === null || waiting.kind !== "activity" || waiting.callId !== event.callId) return null; // a duplicate completion
      const node = nodeOf(plan, waiting.nodeId);
      state.waiting = null;
      state.status = "running";
      if (waiting.phase === LOOP_HANDOVER_PHASE) {
        if (!event.ok) record(ctx, node, "failed", `The handover failed: ${event.error}`);
        finish(ctx, node, null);
        return null;
      }
      return { node, outcome: resumeNode(node, ctx, waiting.phase, checkResult(waiting.name, event)) };
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
  const waiting = ctx.state.waiting;
  if (waiting === null || waiting.kind !== "event" || waiting.until !== until) return null;
  ctx.commands.push({ type: "cancelTimer", timerId: waiting.timerId });
  const node = nodeOf(plan, waiting.nodeId);
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
  const state = ctx.state;
  let node = first;
  let outcome = firstOutcome;
  for (let steps = 0; steps < MAX_STEPS_PER_EVENT; steps++) {
    switch (outcome.kind) {
      case "go": {
        if (outcome.quiet !== true) record(ctx, node, outcome.decision, outcome.reason, outcome.details);
        const nextId = outcome.handle === null ? undefined : node.next[outcome.handle];
        if (nextId === undefined) return finish(ctx, node, null);
        node = nodeOf(plan, nextId);
        state.current = node.id;
        outcome = enterNode(node, ctx, plan);
        continue;
      }
      case "call": {
        if (outcome.note) record(ctx, node, outcome.note.decision, outcome.note.reason, outcome.note.details);
        const callId = `${node.id}#${state.seq++}`;
        ctx.commands.push({ type: "callActivity", callId, name: outcome.name, input: outcome.input } as never);
        state.waiting = outcome.data
          ? { kind: "activity", nodeId: node.id, callId, name: outcome.name, phase: outcome.phase, data: outcome.data }
          : { kind: "activity", nodeId: node.id, callId, name: outcome.name, phase: outcome.phase };
        state.status = "waiting";
        return;
      }
      case "wait": {
        if (!mayRestAgain(state, node)) return handOverLoop(ctx, node);
        record(ctx, node, outcome.decision, outcome.reason, outcome.details);
        const timerId = `${node.id}@${state.seq++}`;
        const fireAt = isoOfMs(parseIsoMs(state.now) + outcome.durationMs);
        ctx.commands.push({ type: "startTimer", timerId, durationMs: outcome.durationMs, fireAt });
        state.waiting = { kind: "event", nodeId: node.id, timerId, until: outcome.until, since: state.now };
        state.status = "waiting";
        return;
      }
      case "end":
        record(ctx, node, outcome.decision, outcome.reason);
        return finish(ctx, node, node.type === "end" ? (node.config.outcome ?? null) : null);
    }
  }
  throw new Error(`Run ${state.runId} took more than ${MAX_STEPS_PER_EVENT} steps on one event; the plan loops without waiting`);
}

/** A loop went round too often: the run asks for the escalation and ends when it is done. */
function handOverLoop(ctx: DraftContext, node: PlanNode): void {
  const state = ctx.state;
  const { input, line } = loopHandover(state, node);
  record(ctx, node, "loop limit", line);
  const callId = `${node.id}#${state.seq++}`;
  ctx.commands.push({ type: "callActivity", callId, name: "escalateTicket", input });
  state.waiting = { kind: "activity", nodeId: node.id, callId, name: "escalateTicket", phase: LOOP_HANDOVER_PHASE };
  state.status = "waiting";
}

function finish(ctx: StepContext, last: PlanNode, label: string | null): void {
  const state = ctx.state;
  state.status = "completed";
  state.current = null;
  state.waiting = null;
  state.outcome = outcomeOf(state, last.id, label);
  ctx.commands.push({ type: "complete", outcome: state.outcome });
}

function record(ctx: DraftContext, node: PlanNode, decision: string, reason: string, details?: Record<string, unknown>): void {
  const state = ctx.state;
  if (!ctx.ownsTrace) {
    state.trace = state.trace.slice();
    ctx.ownsTrace = true;
  }
  const seq = state.trace.length + 1;
  state.trace.push(
    details
      ? { seq, at: state.now, nodeId: node.id, nodeType: node.type, decision, reason, details }
      : { seq, at: state.now, nodeId: node.id, nodeType: node.type, decision, reason },
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
  const facts = prev.facts;
  const actions = prev.actions;
  return {
    status: prev.status,
    runId: prev.runId,
    ticket: prev.ticket === null ? null : copyTicketView(prev.ticket),
    calendar: prev.calendar,
    facts: { intent: facts.intent, sentiment: facts.sentiment, asksForHuman: facts.asksForHuman, priorityScore: facts.priorityScore, lookups: facts.lookups },
    actions: { routedTo: actions.routedTo, escalation: actions.escalation, resolved: actions.resolved, aiReply: actions.aiReply },
    current: prev.current,
    waiting: prev.waiting,
    seq: prev.seq,
    now: prev.now,
    trace: prev.trace,
    outcome: prev.outcome,
    ...(prev.rests !== undefined ? { rests: prev.rests } : {}),
  };
}
