import { describe, expect, it } from "vitest";
import intentRouting from "../examples/intent-routing.json";
import { flow, n } from "../compile/test-graphs";
import { advance, initialState } from "./advance";
import { deepFreeze, drive, planOf, ticket, T0 } from "./test-driver";
import type { FlowEvent } from "./types";


const plan = planOf(intentRouting);
const refund = { classifyIntent: () => ({ label: "refund", confidence: 0.8, alternatives: [] }) };

describe("advance is pure and deterministic", () => {
  it("never mutates the state it is given (every state deep-frozen before it is advanced)", () => {
    // ES modules run in strict mode, so writing to a frozen object throws.
    const frozen = drive(plan, ticket(), refund, [], { freeze: true });
    expect(frozen.states.length).toBeGreaterThan(3);
    expect(frozen.state.outcome).toMatchObject({ kind: "routed", queue: "billing" });
  });

  it("gives identical states and commands for identical inputs", () => {
    const a = drive(plan, ticket(), refund);
    const b = drive(plan, ticket(), refund);
    expect(b.commands).toEqual(a.commands);
    expect(b.state).toEqual(a.state);
  });

  it("ignores stale and duplicate events and everything after completion", () => {
    const created: FlowEvent = { type: "ticket.created", at: T0, runId: "r", ticket: ticket() };
    const first = advance(plan, initialState(), created);
    const call = first.commands[0]!;
    expect(call).toMatchObject({ type: "callActivity", name: "classifyIntent" });
    deepFreeze(first.state);
    // A second start signal, a completion for another call, a timer nobody set: no change, no commands.
    for (const e of [
      created,
      { type: "activity.completed", at: T0, callId: "other#9", ok: true, result: {} },
      { type: "timer.fired", at: T0, timerId: "nope@1" },
    ] as FlowEvent[]) {
      const r = advance(plan, first.state, e);
      expect(r.commands).toEqual([]);
      expect(r.state.trace).toEqual(first.state.trace);
      expect(r.state.waiting).toEqual(first.state.waiting);
    }
    const done = drive(plan, ticket(), refund).state;
    expect(done.status).toBe("completed");
    const after = advance(plan, done, { type: "customer.replied", at: T0, body: "hello" });
    expect(after).toEqual({ state: done, commands: [] });
  });

  it("refuses to run a plan that loops without waiting, instead of hanging", () => {
    // Hand-corrupt a plan: the compiler never produces a cycle without a wait, but the step machine
    // must still stop rather than spin if it were given one.
    const ok = planOf(flow({ t: n.trigger(), c: n.condition({ kind: "group", match: "all", rules: [{ kind: "rule", field: "customer.enterprise", op: "is_false" }] }), a: n.end(), b: n.end() }, ["t -> c", "c:true -> a", "c:false -> b"]));
    const looped = { ...ok, nodes: { ...ok.nodes, c: { ...ok.nodes.c!, next: { true: "c", false: "c" } } } } as typeof ok;
    expect(() => advance(looped, initialState(), { type: "ticket.created", at: T0, runId: "r", ticket: ticket() })).toThrow(/more than 10000 steps/);
  });
});
