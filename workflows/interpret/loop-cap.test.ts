import { describe, expect, it } from "vitest";
import { flow, n } from "../compile/test-graphs";
import { advance, initialState } from "./advance";
import { MAX_RESTS_PER_NODE } from "./loop-cap";
import { drive, path, planOf, T0, ticket } from "./test-driver";
import type { FlowEvent, RunState } from "./types";

/*
 *  trigger ─▶ notify ─▶ wait-for(1s) ──timeout──▶ notify (round again)
 *                              └──replied──▶ end
 */
const loopPlan = planOf(
  flow({ t: n.trigger(), ping: n.notify("#support"), w: n.waitFor("1s"), done: n.end() }, ["t -> ping", "ping -> w", "w:timeout -> ping", "w:replied -> done"]),
);

describe("a loop through a wait", () => {
  it("goes round a bounded number of times, then hands the ticket to a person and says why", () => {
    const { state, calls } = drive(loopPlan, ticket(), {}, [], { freeze: true });
    expect(calls.filter((c) => c.name === "notifySlack")).toHaveLength(MAX_RESTS_PER_NODE + 1);
    const handover = calls.filter((c) => c.name === "escalateTicket");
    expect(handover).toHaveLength(1);
    expect(handover[0]!.input).toMatchObject({ reason: expect.stringMatching(/went round a loop 50 times/), queue: null });
    expect(path(state).slice(-1)).toEqual(["w:loop limit"]);
    expect(state.trace.at(-1)!.reason).toBe("Reached this step 51 times in one run: the loop stops here and the ticket goes to a person");
    expect(state.status).toBe("completed");
    expect(state.outcome).toMatchObject({ kind: "escalated", escalationReason: expect.stringMatching(/a person should take over/) });
  });

  it("leaves a loop that ends in time alone", () => {
    const { state, calls } = drive(loopPlan, ticket(), {}, [{ afterMs: 5_500, event: { type: "customer.replied", body: "Here it is" } }]);
    expect(calls.some((c) => c.name === "escalateTicket")).toBe(false);
    expect(state.outcome).toMatchObject({ kind: "no-action" });
    expect(state.rests).toEqual({ w: 6 });
  });

  it("never stops a run recorded before the cap, which must replay as it went", () => {
    const { rests: _, ...uncapped } = initialState();
    let state: RunState = uncapped;
    const names: string[] = [];
    const started = advance(loopPlan, state, { type: "ticket.created", at: T0, runId: "run-1", ticket: ticket() });
    state = started.state;
    let commands = started.commands;
    for (let round = 0; round < MAX_RESTS_PER_NODE + 5; round++) {
      for (const command of commands) if (command.type === "callActivity") names.push(command.name);
      const next = commands[0]!;
      const event: FlowEvent =
        next.type === "callActivity"
          ? { type: "activity.completed", at: T0, callId: next.callId, ok: true, result: {} }
          : { type: "timer.fired", at: T0, timerId: (next as { timerId: string }).timerId };
      const result = advance(loopPlan, state, event);
      state = result.state;
      commands = result.commands;
    }
    expect(names).not.toContain("escalateTicket");
    expect(state.rests).toBeUndefined();
  });
});
