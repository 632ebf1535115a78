import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compile } from "../compile";
import { compilableGraph } from "../compile/graph-arbitraries";
import type { FlowPlan } from "../model/plan";
import type { TTicketSnapshot } from "../model/ticket";
import type { ActivityName } from "./activities";
import { advance, advanceInPlace, initialState } from "./advance";
import { isoOfMs, parseIsoMs } from "./iso-time";
import { T0, ticket } from "./test-driver";
import type { AdvanceResult, FlowEvent, RunState } from "./types";

/**
 * `advance` on random compiled plans and random event sequences: it never throws, and the same plan, state and
 * event always give the same answer, which is what lets Temporal replay a live run and a backtest predict it.
 * Events are drawn as choices read against the run's state, so most of them are ones the run waits for (the
 * pending activity's answer, its timer) and some are strays it must ignore.
 */
const plans = compilableGraph.map((graph) => {
  const result = compile(graph);
  if (!result.ok) throw new Error(`the generator built a graph that does not compile: ${JSON.stringify(result.errors)}`);
  return result.plan;
});

const text = fc.oneof(fc.constantFrom("I want a refund", "order #1234 never arrived", "CANCEL my plan now!!", "", "help"), fc.string({ maxLength: 40 }));

const snapshots: fc.Arbitrary<TTicketSnapshot> = fc
  .record({
    subject: text,
    body: text,
    channel: fc.constantFrom("email", "chat", "web"),
    priority: fc.constantFrom("low", "normal", "high", "urgent"),
    tags: fc.array(fc.constantFrom("vip", "refund"), { maxLength: 2 }),
    plan: fc.constantFrom("standard", "enterprise", "pro"),
    enterprise: fc.boolean(),
    contacts: fc.integer({ min: 1, max: 5 }),
  })
  .map((t) => ticket({ subject: t.subject, body: t.body, channel: t.channel as TTicketSnapshot["channel"], priority: t.priority as TTicketSnapshot["priority"], tags: t.tags }, { plan: t.plan, enterprise: t.enterprise, contactsLast24h: t.contacts }));

/** A plausible answer for each activity, drawn at random; `junk` answers anything at all. */
const answers: { [N in ActivityName]: fc.Arbitrary<unknown> } = {
  classifyIntent: fc.record({ label: fc.constantFrom("billing", "refund", "general"), confidence: fc.double({ min: 0, max: 1, noNaN: true }), alternatives: fc.constant([]) }),
  detectSentiment: fc.record({ label: fc.constantFrom("negative", "neutral", "positive"), score: fc.double({ min: -1, max: 1, noNaN: true }), frustrated: fc.boolean(), asksForHuman: fc.boolean() }),
  routeTicket: fc.record({ queue: fc.constantFrom("general", "billing"), assignee: fc.constantFrom(null, "ada") }),
  draftReply: fc.record({ text: text, confidence: fc.double({ min: 0, max: 1, noNaN: true }), citations: fc.constant([{ articleId: "kb1", title: "Refunds" }]), blockedBy: fc.constantFrom(null, "Never promise a refund date") }),
  lookupData: fc.record({ source: fc.constant("orders"), status: fc.constantFrom("found", "not_found", "failed", "skipped", "not_recorded"), fields: fc.constant({ status: "shipped" }) }),
  sendReply: fc.constant({}),
  postInternalNote: fc.constant({}),
  escalateTicket: fc.constant({}),
  notifySlack: fc.constant({ effectId: "e1" }),
  updateTicket: fc.constant({}),
  resolveTicket: fc.constant({}),
  sendCsatSurvey: fc.constant({}),
};

type Choice =
  | { kind: "answer"; ok: boolean; junk: boolean; seed: number; error: string }
  | { kind: "timer"; stray: boolean }
  | { kind: "customer"; body: string }
  | { kind: "agent"; body: string }
  | { kind: "updated"; status?: "open" | "pending" | "solved"; priority?: "low" | "urgent"; tags?: string[]; queue?: string | null }
  | { kind: "stray-answer" };

const choice: fc.Arbitrary<{ choice: Choice; afterMs: number }> = fc.record({
  afterMs: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 7 * 86_400_000 })),
  choice: fc.oneof(
    { weight: 6, arbitrary: fc.record({ kind: fc.constant("answer" as const), ok: fc.boolean(), junk: fc.nat({ max: 9 }).map((n) => n === 0), seed: fc.nat(), error: fc.constantFrom("Timed out", "Helpdesk said 422") }) },
    { weight: 3, arbitrary: fc.record({ kind: fc.constant("timer" as const), stray: fc.nat({ max: 4 }).map((n) => n === 0) }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant("customer" as const), body: text }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant("agent" as const), body: text }) },
    {
      weight: 1,
      arbitrary: fc.record(
        { kind: fc.constant("updated" as const), status: fc.constantFrom("open", "pending", "solved"), priority: fc.constantFrom("low", "urgent"), tags: fc.array(fc.constantFrom("vip", "refund")), queue: fc.constantFrom(null, "billing") },
        { requiredKeys: ["kind"] },
      ),
    },
    { weight: 1, arbitrary: fc.constant({ kind: "stray-answer" as const }) },
  ),
});

/** The event a choice stands for, given the run's state: the answer to its pending call, its timer, or a stray. */
function eventOf(state: RunState, { choice, afterMs }: { choice: Choice; afterMs: number }, junk: unknown): FlowEvent {
  const now = state.now === "" ? T0 : state.now;
  const at = isoOfMs(parseIsoMs(now) + (choice.kind === "answer" ? 0 : afterMs));
  const waiting = state.waiting;
  switch (choice.kind) {
    case "answer": {
      if (waiting?.kind !== "activity") return { type: "activity.completed", at, callId: "no-such-call", ok: true, result: {} };
      if (!choice.ok) return { type: "activity.completed", at, callId: waiting.callId, ok: false, error: choice.error };
      const result = choice.junk ? junk : fc.sample(answers[waiting.name], { seed: choice.seed, numRuns: 1 })[0];
      return { type: "activity.completed", at, callId: waiting.callId, ok: true, result };
    }
    case "timer":
      return { type: "timer.fired", at, timerId: !choice.stray && waiting?.kind === "event" ? waiting.timerId : "timer-that-never-was" };
    case "customer":
      return { type: "customer.replied", at, body: choice.body };
    case "agent":
      return { type: "agent.replied", at, body: choice.body, author: "ada" };
    case "updated": {
      const { kind: _kind, ...changes } = choice;
      return { type: "ticket.updated", at, changes };
    }
    case "stray-answer":
      return { type: "activity.completed", at, callId: "call-that-never-was", ok: true, result: {} };
  }
}

interface Run {
  events: FlowEvent[];
  results: AdvanceResult[];
}

/** Plays the choices through `advance`, building each event from the state before it. */
function play(plan: FlowPlan, snapshot: TTicketSnapshot, choices: ReadonlyArray<{ choice: Choice; afterMs: number }>, junk: unknown): Run {
  let state = initialState();
  const events: FlowEvent[] = [{ type: "ticket.created", at: T0, runId: "ticket-t1", ticket: snapshot }];
  for (const c of choices) events.push(eventOf(state, c, junk)); // placeholder, rebuilt below as the state moves
  events.length = 1;
  const results: AdvanceResult[] = [];
  const first = advance(plan, state, events[0]!);
  results.push(first);
  state = first.state;
  for (const c of choices) {
    const event = eventOf(state, c, junk);
    events.push(event);
    const next = advance(plan, state, event);
    results.push(next);
    state = next.state;
  }
  return { events, results };
}

const RUNS = { numRuns: 200 };
const cases = fc.record({ plan: plans, snapshot: snapshots, choices: fc.array(choice, { maxLength: 25 }), junk: fc.anything() });

describe("advance on random plans and events", () => {
  it("never throws", () => {
    fc.assert(
      fc.property(cases, ({ plan, snapshot, choices, junk }) => {
        const run = play(plan, snapshot, choices, junk);
        expect(run.results.length).toBe(choices.length + 1);
      }),
      RUNS,
    );
  });

  it("is deterministic: the same events from the same state give deep-equal states and commands", () => {
    fc.assert(
      fc.property(cases, ({ plan, snapshot, choices, junk }) => {
        const first = play(plan, snapshot, choices, junk);
        // Replayed from cloned inputs, event by event from the first run's states, as Temporal replays history.
        let state = initialState();
        first.events.forEach((event, i) => {
          const again = advance(structuredClone(plan), structuredClone(state), structuredClone(event));
          expect(again).toEqual(first.results[i]);
          state = again.state;
        });
      }),
      RUNS,
    );
  });

  it("answers in place exactly as it answers on a copy (the backtest's way and the live way agree)", () => {
    fc.assert(
      fc.property(cases, ({ plan, snapshot, choices, junk }) => {
        const copied = play(plan, snapshot, choices, junk);
        const state = initialState();
        copied.events.forEach((event, i) => {
          const commands = advanceInPlace(plan, state, structuredClone(event));
          expect(commands).toEqual(copied.results[i]!.commands);
          expect(state).toEqual(copied.results[i]!.state);
        });
      }),
      RUNS,
    );
  });
});
