import { describe, expect, it } from "vitest";
import { any, flow, n, rule } from "../compile/test-graphs";
import { memoryAiSource } from "./replay/memory-ai-source";
import { replayTicket, type ReplayOutcome } from "./replay/replay-ticket";
import { answerByText, historical } from "./replay/test-tickets";
import { drive, path, planOf, ticket, type Scripted } from "./test-driver";

const MIN = 60_000;

/*
 *  trigger ─▶ wait-for(customer, 1h) ──replied──▶ condition(rules) ──true──▶ route(escalations)
 *                  ▲        └──timeout──▶ end          │
 *                  └──────────────false────────────────┘
 *  Each customer reply is one more look at the conversation; the flow hands off once the rule holds.
 */
const handoffWhen = (rules: unknown) =>
  planOf(
    flow({ t: n.trigger(), w: n.waitFor("1h"), c: n.condition(rules), hot: n.route("escalations"), quiet: n.end() }, [
      "t -> w",
      "w:replied -> c",
      "w:timeout -> quiet",
      "c:true -> hot",
      "c:false -> w",
    ]),
  );

const replies = (...bodies: string[]): Scripted[] => bodies.map((body, i) => ({ afterMs: (i + 1) * 10 * MIN, event: { type: "customer.replied", body } }));
const decisions = (p: string[]) => p.filter((s) => s.startsWith("c:"));

describe("conversation.customerTurns", () => {
  const plan = handoffWhen(any(rule("conversation.customerTurns", "gt", { value: 3 })));

  it("counts the first message and each customer reply: the third reply is turn 4", () => {
    const { state } = drive(plan, ticket(), {}, replies("Any news?", "Hello??", "Still nothing"));
    expect(decisions(path(state))).toEqual(["c:false", "c:false", "c:true"]);
    expect(state.ticket!.customerTurns).toBe(4);
    expect(state.trace.filter((e) => e.nodeId === "c").map((e) => e.reason)).toEqual([
      "✗ Customer turns with the AI > 3 (was 2)",
      "✗ Customer turns with the AI > 3 (was 3)",
      "✓ Customer turns with the AI > 3 (was 4)",
    ]);
    expect(state.outcome).toMatchObject({ kind: "routed", queue: "escalations" });
  });

  it("stops counting once a person replied: the conversation is with them from then", () => {
    const script: Scripted[] = [
      { afterMs: 5 * MIN, event: { type: "agent.replied", body: "Looking into it", author: "Sam" } },
      ...replies("Any news?", "Hello??", "Still nothing"),
    ];
    const { state } = drive(plan, ticket(), {}, script);
    expect(state.ticket!.customerTurns).toBe(1);
    expect(decisions(path(state))).toEqual(["c:false", "c:false", "c:false"]);
  });
});

describe("conversation.repeatedQuestion", () => {
  const plan = handoffWhen(any(rule("conversation.repeatedQuestion", "is_true")));
  const card = ticket({ subject: "Card not arrived", body: "I ordered a new debit card two weeks ago and it hasn't arrived. Where is it?" });

  it("holds when the customer asks the first question again", () => {
    const { state } = drive(plan, card, {}, replies("Can I pay by bank transfer meanwhile?", "Where is my debit card? It has not arrived."));
    expect(decisions(path(state))).toEqual(["c:false", "c:true"]);
    expect(state.trace.filter((e) => e.nodeId === "c").at(-1)!.reason).toBe("✓ Customer repeated the question is true (was true)");
  });

  it("does not hold for new questions", () => {
    const { state } = drive(plan, card, {}, replies("Can I pay by bank transfer meanwhile?", "And how do I change my address?"));
    expect(decisions(path(state))).toEqual(["c:false", "c:false"]);
    expect(state.ticket!.customerReplies).toHaveLength(2);
  });
});

/** Replays with every model answer available up front, as a backtest does once its answers are in. */
async function replayResolved(plan: Parameters<typeof replayTicket>[0], t: Parameters<typeof replayTicket>[1]) {
  const ai = memoryAiSource(answerByText);
  let r: ReplayOutcome = replayTicket(plan, t, ai);
  for (let round = 0; r.kind === "needs"; round++) {
    if (round > 5) throw new Error("never settles");
    await ai.resolve(r.requests);
    r = replayTicket(plan, t, ai);
  }
  return r;
}

describe("the same decision live and in a backtest", () => {
  it.each([
    ["three replies to the AI", handoffWhen(any(rule("conversation.customerTurns", "gt", { value: 3 })))],
    ["a repeated question", handoffWhen(any(rule("conversation.repeatedQuestion", "is_true")))],
  ])("%s: the run on live events and the replay of the recorded timeline take the same path with the same reasons", async (_, plan) => {
    const snapshot = { subject: "Refund", body: "I returned the shoes ten days ago and the refund has not reached my account." };
    const bodies = ["Any update?", "Has my refund for the shoes reached my account yet? Ten days now.", "Hello?"];
    const live = drive(plan, ticket(snapshot), {}, replies(...bodies)).state;
    const replayed = await replayResolved(plan, historical(snapshot, bodies.map((body, i) => ({ afterMin: (i + 1) * 10, type: "customer.replied" as const, body }))));
    expect(decisions(path(live))).toContain("c:true");
    expect(path(replayed.state)).toEqual(path(live));
    const reasons = (s: typeof live) => s.trace.filter((e) => e.nodeId === "c").map((e) => `${e.at} ${e.reason}`);
    expect(reasons(replayed.state)).toEqual(reasons(live));
  });
});
