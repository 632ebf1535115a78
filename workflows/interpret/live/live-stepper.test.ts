import { describe, expect, it } from "vitest";
import { flow, n } from "../../compile/test-graphs";
import type { FlowPlan } from "../../model/plan";
import { path, planOf, T0, ticket } from "../test-driver";
import { LiveStepper, type StepperTask } from "./live-stepper";

const now = () => T0;
const sentiment = { label: "negative", score: -0.6, frustrated: true, asksForHuman: false };
const intent = { label: "card_arrival", confidence: 0.9, alternatives: [] };

function started(plan: FlowPlan, shadow = false, connected = false): LiveStepper {
  const stepper = new LiveStepper(plan, shadow, now, connected);
  stepper.feed({ type: "ticket.created", at: T0, runId: "run-1", ticket: ticket() });
  return stepper;
}

function expectTask<K extends StepperTask["kind"]>(stepper: LiveStepper, kind: K): Extract<StepperTask, { kind: K }> {
  const task = stepper.next();
  expect(task.kind).toBe(kind);
  return task as Extract<StepperTask, { kind: K }>;
}

/*
 *  trigger ─▶ sentiment ─▶ classify ─▶ tag(seen) ─▶ route(general) ─▶ sla-timer(1h)
 */
const readsThenEffects = planOf(
  flow({ t: n.trigger(), s: n.sentiment(), c: n.classify(), g: n.tag("seen"), r: n.route("general"), sla: n.sla("1h"), done: n.end(), late: n.end() }, [
    "t -> s",
    "s -> c",
    "c -> g",
    "g -> r",
    "r -> sla",
    "sla:met -> done",
    "sla:breached -> late",
  ]),
);

describe("LiveStepper", () => {
  it("asks for every text read of the plan at once, then answers the second read without asking", () => {
    const stepper = started(readsThenEffects);
    const read = expectTask(stepper, "read");
    expect(read.call.name).toBe("detectSentiment");
    expect(read.reads.map((r) => r.name)).toEqual(["detectSentiment", "classifyIntent"]);
    stepper.readDone(read.reads, [sentiment, intent]);
    expect(expectTask(stepper, "flush").batch.effects.map((e) => e.name)).toEqual(["updateTicket", "routeTicket"]);
  });

  it("carries every effect up to the rest in one batch, with the trace lines, and starts the timer only once it is stored", () => {
    const stepper = started(readsThenEffects);
    const read = expectTask(stepper, "read");
    stepper.readDone(read.reads, [sentiment, intent]);
    const { batch } = expectTask(stepper, "flush");
    expect(batch.trace.map((e) => `${e.nodeId}:${e.decision}`)).toEqual(path(stepper.state));
    expect(path(stepper.state)).toEqual(["t:start", "s:negative", "c:card_arrival", "g:tag", "r:general", "r:general", "sla:waiting"]);
    expect(batch).toMatchObject({ status: "waiting", decided: true });
    stepper.flushDone([{}, { queue: "general", assignee: "ana@example.com" }]);
    const rest = expectTask(stepper, "rest");
    expect(rest.commands).toMatchObject([{ type: "startTimer", durationMs: 3_600_000 }]);
  });

  it("after a failed batch, goes back to its first effect and carries the effects out one at a time with their real outcome", () => {
    const stepper = started(readsThenEffects);
    const read = expectTask(stepper, "read");
    stepper.readDone(read.reads, [sentiment, intent]);
    expectTask(stepper, "flush");
    expect(stepper.flushFailed('Queue "general" does not exist')).toBe(true);

    const tagAlone = expectTask(stepper, "flush").batch;
    expect(tagAlone.effects.map((e) => e.name)).toEqual(["updateTicket"]);
    expect(tagAlone.trace.map((e) => e.nodeId)).toEqual(["t", "s", "c", "g"]);
    expect(tagAlone).toMatchObject({ status: "waiting", decided: false });
    stepper.flushDone([{}]);

    const routeAlone = expectTask(stepper, "flush").batch;
    expect(routeAlone.effects.map((e) => e.name)).toEqual(["routeTicket"]);
    expect(routeAlone.trace.map((e) => e.nodeId)).toEqual(["r"]);
    expect(stepper.flushFailed('Queue "general" does not exist')).toBe(true);

    const last = expectTask(stepper, "flush").batch;
    expect(last.effects).toEqual([]);
    // The failed attempt stored nothing, so its line comes again with the ones that follow.
    expect(last.trace.map((e) => `${e.nodeId}:${e.decision}`)).toEqual(["r:general", "r:failed", "sla:waiting"]);
    expect(last.trace[1]!.reason).toBe('Failed: Queue "general" does not exist');
    expect(last.trace.map((e) => e.seq)).toEqual([5, 6, 7]);
    stepper.flushDone([]);
    expect(expectTask(stepper, "rest").commands).toMatchObject([{ type: "startTimer" }]);
  });

  it("does not go on past an effect that reaches outside the database: the batch ends with it and its real result is fed", () => {
    /*
     *  trigger ─▶ escalate ─▶ notify(#support) ─▶ tag(after) ─▶ end
     */
    const plan = planOf(flow({ t: n.trigger(), e: n.escalate(), s: n.notify(), g: n.tag("after"), x: n.end() }, ["t -> e", "e -> s", "s -> g", "g -> x"]));
    const stepper = started(plan);
    const first = expectTask(stepper, "flush").batch;
    expect(first.effects.map((e) => e.name)).toEqual(["escalateTicket", "notifySlack"]);
    expect(first.status).toBe("waiting");
    stepper.flushDone([{}, { delivered: "log" }]);
    const second = expectTask(stepper, "flush").batch;
    expect(second.effects.map((e) => e.name)).toEqual(["updateTicket"]);
    expect(second).toMatchObject({ status: "completed", decided: true });
    stepper.flushDone([{}]);
    expect(stepper.state.status).toBe("completed");
    expect(expectTask(stepper, "rest").commands).toMatchObject([{ type: "complete" }]);
  });

  it("a failed outside effect alone is traced as failed and the flow carries on, as it would step by step", () => {
    const plan = planOf(flow({ t: n.trigger(), s: n.notify(), x: n.end() }, ["t -> s", "s -> x"]));
    const stepper = started(plan);
    expectTask(stepper, "flush");
    stepper.flushFailed("Slack answered 500");
    const last = expectTask(stepper, "flush").batch;
    expect(last.trace.map((e) => `${e.nodeId}:${e.decision}`)).toEqual(["t:start", "s:#support", "s:failed", "x:end"]);
  });

  it("on a ticket that lives in a helpdesk, every effect is its own batch and the run waits for its real outcome", () => {
    const stepper = started(readsThenEffects, false, true);
    const read = expectTask(stepper, "read");
    stepper.readDone(read.reads, [sentiment, intent]);

    const tag = expectTask(stepper, "flush").batch;
    expect(tag.effects.map((e) => e.name)).toEqual(["updateTicket"]);
    expect(tag).toMatchObject({ connected: true, status: "waiting", decided: false });
    expect(path(stepper.state)).toEqual(["t:start", "s:negative", "c:card_arrival", "g:tag"]);
    stepper.flushDone([{}]);

    const route = expectTask(stepper, "flush").batch;
    expect(route.effects.map((e) => e.name)).toEqual(["routeTicket"]);
    // The helpdesk refused the group: the step fails there and the flow carries on past it, as it would step by step.
    expect(stepper.flushFailed("Zendesk answered 422: Group is invalid")).toBe(true);
    const rest = expectTask(stepper, "flush").batch;
    expect(rest.effects).toEqual([]);
    expect(rest.connected).toBeUndefined();
    expect(rest.trace.map((e) => `${e.nodeId}:${e.decision}`)).toEqual(["r:general", "r:failed", "sla:waiting"]);
    expect(rest.trace[1]!.reason).toBe("Failed: Zendesk answered 422: Group is invalid");
  });

  it("a shadow run carries out no effect: its batches hold only the trace", () => {
    const stepper = started(readsThenEffects, true);
    const read = expectTask(stepper, "read");
    stepper.readDone(read.reads, [sentiment, intent]);
    const { batch } = expectTask(stepper, "flush");
    expect(batch.effects).toEqual([]);
    expect(batch.trace).toHaveLength(7);
  });

  it("a failed read is the step's failure; the flow takes its failure path", () => {
    const stepper = started(readsThenEffects);
    expectTask(stepper, "read");
    stepper.readFailed("model not loaded");
    expect(stepper.state.trace.find((e) => e.nodeId === "s")?.decision).toBe("unknown");
    expect(expectTask(stepper, "read").call.name).toBe("classifyIntent");
  });

  it("a batch with no effect that fails cannot be blamed on a step", () => {
    const plan = planOf(flow({ t: n.trigger(), x: n.end() }, ["t -> x"]));
    const stepper = started(plan);
    expectTask(stepper, "flush");
    expect(stepper.flushFailed("database is down")).toBe(false);
  });

  /*
   *  trigger ─▶ lookup(orders) ─found─▶ lookup(orders) ─found─▶ end
   *                 └─not found─▶ end        └─not found─▶ end
   */
  const twoLookups = planOf(
    flow({ t: n.trigger(), a: n.raw("lookup", { source: "orders" }), b: n.raw("lookup", { source: "orders" }), x: n.end(), none: n.end() }, [
      "t -> a",
      "a:found -> b",
      "a:not-found -> none",
      "b:found -> x",
      "b:not-found -> none",
    ]),
  );
  const found = { source: "orders", status: "found", request: "/orders/1", fields: { state: "shipped" } };

  it.each([false, true])("asks for every lookup, in a shadow run too (shadow: %s): the data source keeps the ticket's result", (shadow) => {
    const stepper = started(twoLookups, shadow);
    const first = expectTask(stepper, "read");
    expect(first.reads).toEqual([{ name: "lookupData", input: { ticketId: "t1", source: "orders" } }]);
    stepper.readDone(first.reads, [found]);
    const second = expectTask(stepper, "read");
    expect(second.call.callId).not.toBe(first.call.callId);
    stepper.readDone(second.reads, [{ ...found, cached: true }]);
    expect(path(stepper.state)).toEqual(["t:start", "a:found", "b:found", "x:end"]);
    expect(stepper.state.trace[2]?.details).toMatchObject({ cached: true });
  });
});

/*
 *  trigger ─▶ classify ─▶ ai-reply(autonomous, 0.7) ─sent─▶ end
 *                                  └─handoff─▶ route(general)
 */
describe("LiveStepper: what a shadow run would have sent", () => {
  const autonomous = planOf(
    flow({ t: n.trigger(), c: n.classify(), ai: n.aiReply(0.7, "autonomous"), x: n.end(), human: n.route("general") }, ["t -> c", "c -> ai", "ai:sent -> x", "ai:handoff -> human"]),
  );
  const draft = { text: "Your card arrives within 5 working days.", confidence: 0.9, citations: [{ articleId: "kb1", title: "Card arrival" }] };

  function run(shadow: boolean) {
    const stepper = started(autonomous, shadow);
    const first = expectTask(stepper, "read");
    stepper.readDone(first.reads, [intent]);
    const second = expectTask(stepper, "read");
    stepper.readDone(second.reads, [draft]);
    return expectTask(stepper, "flush").batch;
  }

  it("a shadow run keeps the reply's text and intent on its send line, for the shadow review", () => {
    const line = run(true).trace.find((e) => e.nodeId === "ai" && e.decision === "send")!;
    expect(line.details).toMatchObject({ draft: draft.text, intent: "card_arrival", confidence: 0.9 });
  });

  it("a live run's send line carries no text: the reply itself is the record", () => {
    const line = run(false).trace.find((e) => e.nodeId === "ai" && e.decision === "send")!;
    expect(line.details).not.toHaveProperty("draft");
  });
});

describe("LiveStepper: a call that keeps failing on the infrastructure", () => {
  it("writes 'retrying' under the step in hand, stored with the batch, and decides nothing differently", () => {
    const stepper = started(readsThenEffects);
    const read = expectTask(stepper, "read");
    stepper.readDone(read.reads, [sentiment, intent]);
    const before = expectTask(stepper, "flush").batch;
    stepper.noteRetrying("The database is not reachable: Connection terminated unexpectedly");
    const after = expectTask(stepper, "flush").batch;
    expect(after.effects).toEqual(before.effects);
    expect(after.trace.slice(0, -1)).toEqual(before.trace);
    expect(after.trace.at(-1)).toMatchObject({
      seq: before.trace.length + 1,
      nodeId: "g",
      nodeType: "tag",
      decision: "retrying",
      reason: "Retrying: The database is not reachable: Connection terminated unexpectedly",
    });
    stepper.flushDone([{}, { queue: "general" }]);
    expect(expectTask(stepper, "rest").commands).toMatchObject([{ type: "startTimer" }]);
  });
});

describe("LiveStepper: a run that continued as new", () => {
  it("goes on from the state it carried, with nothing to store again", () => {
    const first = started(readsThenEffects);
    const read = expectTask(first, "read");
    first.readDone(read.reads, [sentiment, intent]);
    expectTask(first, "flush");
    first.flushDone([{}, { queue: "general" }]);
    expectTask(first, "rest");
    const carried = JSON.parse(JSON.stringify(first.state)) as typeof first.state;

    const next = new LiveStepper(readsThenEffects, false, now);
    next.resume(carried);
    expectTask(next, "rest");
    const timerId = (carried.waiting as { timerId: string }).timerId;
    next.feed({ type: "timer.fired", at: "2026-03-02T11:00:00.000Z", timerId });
    const { batch } = expectTask(next, "flush");
    expect(batch.trace.map((e) => `${e.seq}:${e.nodeId}:${e.decision}`)).toEqual([`${carried.trace.length + 1}:sla:breached`, `${carried.trace.length + 2}:late:end`]);
    expect(batch.status).toBe("completed");
  });
});
