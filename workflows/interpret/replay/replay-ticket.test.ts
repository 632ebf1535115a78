import { describe, expect, it } from "vitest";
import { flow, n } from "../../compile/test-graphs";
import { EXAMPLES } from "../../examples";
import { drive, path, planOf, type Fakes, type Scripted } from "../test-driver";
import type { AiRequest } from "./types";
import { memoryAiSource } from "./memory-ai-source";
import { replayTicket, type ReplayOutcome } from "./replay-ticket";
import { answerByText, at, historical } from "./test-tickets";

const HOUR_SEC = 3600;

/** Replays with every model answer available up front (a source that already knows them all). */
async function replayResolved(plan: Parameters<typeof replayTicket>[0], ticket: Parameters<typeof replayTicket>[1]) {
  const ai = memoryAiSource(answerByText);
  let r: ReplayOutcome = replayTicket(plan, ticket, ai);
  for (let round = 0; r.kind === "needs"; round++) {
    if (round > 5) throw new Error("never settles");
    await ai.resolve(r.requests);
    r = replayTicket(plan, ticket, ai);
  }
  return r;
}

/*
 *  trigger ─▶ wait-for(customer reply, 24h) ──replied──▶ route(general)
 *                        └──timeout──▶ resolve
 */
describe("replayTicket: the recorded timeline drives the waits", () => {
  const plan = planOf(flow({ t: n.trigger(), w: n.waitFor("24h"), r: n.route("general"), done: n.resolve() }, ["t -> w", "w:replied -> r", "w:timeout -> done"]));

  it("wakes the wait at the customer's recorded reply time", async () => {
    const r = await replayResolved(plan, historical({}, [{ afterMin: 90, type: "customer.replied", body: "still there?" }]));
    expect(path(r.state)).toEqual(["t:start", "w:waiting", "w:replied", "r:general", "r:general"]);
    expect(r.state.trace.find((e) => e.decision === "replied")!.at).toBe(at(90));
    expect(r.summary).toMatchObject({ kind: "routed", queue: "general", firstResponseSec: null, resolutionSec: null });
  });

  it("times out in virtual time when nobody replies, and the flow's resolution is the predicted one", async () => {
    const r = await replayResolved(plan, historical({}, [], { resolvedAt: at(3 * 24 * 60) }));
    expect(path(r.state)).toEqual(["t:start", "w:waiting", "w:timeout", "done:resolve", "done:resolved"]);
    expect(r.state.trace.at(-1)!.at).toBe(at(24 * 60));
    expect(r.summary).toMatchObject({ kind: "automated", resolutionSec: 24 * HOUR_SEC });
  });

  it("ignores what happened after the run completed: that history would not have happened", async () => {
    const r = await replayResolved(
      plan,
      historical({}, [
        { afterMin: 10, type: "customer.replied", body: "me again" },
        { afterMin: 30, type: "agent.replied" },
        { afterMin: 120, type: "customer.replied", body: "thanks" },
      ], { firstResponseAt: at(30) }),
    );
    expect(r.state.status).toBe("completed");
    expect(r.state.now).toBe(at(10));
    // Routed to humans, so the recorded human first response stands.
    expect(r.summary).toMatchObject({ kind: "routed", firstResponseSec: 30 * 60 });
  });
});

/*
 *  trigger ─▶ route(general) ─▶ sla-timer(first response, 1h) ──breached──▶ escalate ─▶ end
 *                                        └──met──▶ end
 */
describe("replayTicket: SLA timers in virtual time", () => {
  const plan = planOf(
    flow({ t: n.trigger(), r: n.route("general"), sla: n.sla("1h"), e: n.escalate("Unanswered past SLA", "escalations"), late: n.end(), ok: n.end() }, [
      "t -> r",
      "r -> sla",
      "sla:breached -> e",
      "e -> late",
      "sla:met -> ok",
    ]),
  );

  it("is met by the agent's recorded reply before the deadline", async () => {
    const r = await replayResolved(plan, historical({}, [{ afterMin: 20, type: "agent.replied", body: "On it" }], { firstResponseAt: at(20) }));
    expect(path(r.state)).toEqual(["t:start", "r:general", "r:general", "sla:waiting", "sla:met", "ok:end"]);
    expect(r.summary).toMatchObject({ kind: "routed", slaBreached: false, firstResponseSec: 20 * 60 });
  });

  it("breaches at the deadline when the agent replied too late, and stops there", async () => {
    const r = await replayResolved(plan, historical({}, [{ afterMin: 95, type: "agent.replied" }], { firstResponseAt: at(95) }));
    expect(path(r.state)).toEqual(["t:start", "r:general", "r:general", "sla:waiting", "sla:breached", "e:escalate", "late:end"]);
    expect(r.state.trace.find((e) => e.decision === "breached")!.at).toBe(at(60));
    expect(r.summary).toMatchObject({ kind: "escalated", queue: "escalations", escalationReason: "Unanswered past SLA", slaBreached: true, firstResponseSec: 95 * 60 });
  });
});

/*
 *  trigger ─▶ classify-intent ─▶ ai-reply(0.7, autonomous) ──sent──▶ resolve
 *                                        └──handoff──▶ route(general)
 */
describe("replayTicket: model answers", () => {
  const plan = planOf(
    flow({ t: n.trigger(), c: n.classify(), ai: n.aiReply(0.7), done: n.resolve(), h: n.route("general") }, ["t -> c", "c -> ai", "ai:sent -> done", "ai:handoff -> h"]),
  );
  const ticket = historical({ subject: "Card", body: "my card has not arrived" });

  it("asks for each missing answer in turn with a stable key, then completes from the answers", async () => {
    const ai = memoryAiSource(answerByText);
    const first = replayTicket(plan, ticket, ai);
    // As the request is logged or sent: its key is built when first read.
    expect(first.kind === "needs" && JSON.parse(JSON.stringify(first.requests))).toEqual([
      { name: "classifyIntent", key: "classifyIntent\u0000t1\u0000Card\nmy card has not arrived", input: { ticketId: "t1", text: "Card\nmy card has not arrived" } },
    ]);
    await ai.resolve((first as { requests: AiRequest[] }).requests);
    const second = replayTicket(plan, ticket, ai);
    expect(second.kind === "needs" && second.requests.map((r) => r.key)).toEqual([
      "draftReply\u0000t1\u0000\"cards\"\u00003\u0000Card\nmy card has not arrived",
    ]);
    await ai.resolve((second as { requests: AiRequest[] }).requests);
    const done = replayTicket(plan, ticket, ai);
    expect(done.kind).toBe("done");
    if (done.kind !== "done") return;
    expect(path(done.state)).toEqual(["t:start", "c:cards", "ai:send", "ai:sent", "done:resolve", "done:resolved"]);
    expect(done.summary).toMatchObject({ kind: "automated", aiReply: "sent", intent: "cards", intentConfidence: 0.91, firstResponseSec: 0, resolutionSec: 0 });
    expect(ai.stats).toEqual({ resolveCalls: 2, requests: 2 });
  });
});

/*
 *  trigger ─▶ wait-for(customer reply, 60 days) ──timeout──▶ route(general)
 *  A flow that waits past the horizon: the replay stops there (30 days after the last recorded activity).
 *  (A loop round a shorter wait no longer runs that long: the run hands over after MAX_RESTS_PER_NODE rounds.)
 */
describe("replayTicket: a run that never ends", () => {
  it("stops at the horizon and is summarised as it stands", async () => {
    const plan = planOf(flow({ t: n.trigger(), w: n.waitFor("60d"), r: n.route("general") }, ["t -> w", "w:timeout -> r", "w:replied -> r"]));
    const r = await replayResolved(plan, historical());
    expect(r.state.status).toBe("waiting");
    expect(path(r.state)).toEqual(["t:start", "w:waiting"]);
    expect(r.summary.kind).toBe("no-action");
  });
});

/**
 * A cheap parity guard: the replay driver and the interpreter's own test driver (`drive`) must produce the
 * same trace for the same ticket, answers and events, on every example flow. (The live-vs-backtest test
 * with Temporal is tests/integration/backtest-parity.int.test.ts.)
 */
describe("replayTicket matches the test driver on the example flows", () => {
  const fakes: Fakes = {
    classifyIntent: (input) => answerByText({ name: "classifyIntent", key: "", input }),
    detectSentiment: (input) => answerByText({ name: "detectSentiment", key: "", input }),
    draftReply: (input) => answerByText({ name: "draftReply", key: "", input }),
  };
  const cases: Array<{ name: string; ticket: ReturnType<typeof historical>; script: Scripted[] }> = [
    { name: "a card question, no reply", ticket: historical({ subject: "Card", body: "my card has not arrived" }), script: [] },
    {
      name: "an urgent password reset answered after 20 minutes",
      ticket: historical({ subject: "Locked out", body: "reset my password, urgent", priority: "high" }, [{ afterMin: 20, type: "agent.replied", body: "On it" }]),
      script: [{ afterMs: 20 * 60_000, event: { type: "agent.replied", body: "On it" } }],
    },
    {
      name: "an angry enterprise customer who writes again",
      ticket: historical({ subject: "Transfer", body: "angry: my transfer failed, I want a human" }, [{ afterMin: 30, type: "customer.replied", body: "hello?" }], {}, { enterprise: true }),
      script: [{ afterMs: 30 * 60_000, event: { type: "customer.replied", body: "hello?" } }],
    },
    {
      name: "an urgent outage nobody answers",
      ticket: historical({ subject: "Outage", body: "nothing is working, urgent outage", priority: "urgent" }),
      script: [],
    },
  ];
  for (const example of EXAMPLES) {
    const plan = planOf(example.graph);
    for (const c of cases) {
      it(`${example.slug}: ${c.name}`, async () => {
        const replayed = await replayResolved(plan, c.ticket);
        const driven = drive(plan, c.ticket.snapshot, fakes, c.script);
        expect(replayed.state.trace.length).toBeGreaterThan(1);
        expect(replayed.state.trace).toEqual(driven.state.trace);
        expect(replayed.state.outcome).toEqual(driven.state.outcome);
      });
    }
  }
});
