import { describe, expect, it } from "vitest";
import { any, eq, flow, n, rule } from "../compile/test-graphs";
import { drive, path, planOf, ticket } from "./test-driver";

const HOUR = 3_600_000;

/*
 *  trigger ─▶ route(general) ─▶ sla-timer(first response, 1h) ──breached──▶ escalate ─▶ end
 *                                        └──met──▶ end
 */
const slaPlan = planOf(
  flow({ t: n.trigger(), r: n.route("general"), sla: n.sla("1h"), e: n.escalate("Unanswered past SLA", "escalations"), late: n.end(), ok: n.end() }, [
    "t -> r",
    "r -> sla",
    "sla:breached -> e",
    "e -> late",
    "sla:met -> ok",
  ]),
);

describe("sla-timer", () => {
  it("breaches when nobody answers, timed from the ticket's creation", () => {
    const { state, commands } = drive(slaPlan, ticket());
    const timer = commands.find((c) => c.type === "startTimer");
    expect(timer).toMatchObject({ durationMs: HOUR, fireAt: "2026-03-02T11:00:00.000Z" });
    expect(path(state)).toEqual(["t:start", "r:general", "r:general", "sla:waiting", "sla:breached", "e:escalate", "late:end"]);
    expect(state.trace.find((e) => e.decision === "breached")!.at).toBe("2026-03-02T11:00:00.000Z");
    expect(state.outcome).toMatchObject({ kind: "escalated", escalationReason: "Unanswered past SLA" });
  });

  it("is met by an agent reply before the deadline, and cancels its timer", () => {
    const { state, commands } = drive(slaPlan, ticket(), {}, [{ afterMs: 20 * 60_000, event: { type: "agent.replied", body: "On it" } }]);
    expect(path(state)).toContain("sla:met");
    const timerId = (commands.find((c) => c.type === "startTimer") as { timerId: string }).timerId;
    expect(commands).toContainEqual({ type: "cancelTimer", timerId });
    expect(state.outcome?.kind).toBe("routed");
  });

  it("counts only time left: a ticket created 50 minutes ago waits 10 more", () => {
    // The run starts 50 minutes after creation because it is triggered by a customer reply.
    const replyPlan = planOf(
      flow({ t: n.trigger("customer.replied"), sla: n.sla("1h"), e: n.escalate(), ok: n.end() }, ["t -> sla", "sla:breached -> e", "sla:met -> ok"]),
    );
    const late = drive(replyPlan, ticket(), {}, [{ afterMs: 50 * 60_000, event: { type: "customer.replied", body: "hello?" } }]);
    expect(late.commands.find((c) => c.type === "startTimer")).toMatchObject({ durationMs: 10 * 60_000 });
  });

  it("decides at once when the deadline has already passed", () => {
    const replyPlan = planOf(
      flow({ t: n.trigger("customer.replied"), sla: n.sla("1h"), e: n.escalate(), ok: n.end() }, ["t -> sla", "sla:breached -> e", "sla:met -> ok"]),
    );
    const { state, commands } = drive(replyPlan, ticket(), {}, [{ afterMs: 2 * HOUR, event: { type: "customer.replied", body: "hello??" } }]);
    expect(commands.some((c) => c.type === "startTimer")).toBe(false);
    expect(path(state)).toContain("sla:breached");
  });

  it("is met at once when an AI reply already answered", () => {
    const plan = planOf(
      flow({ t: n.trigger(), ai: n.aiReply(0.5), sla: n.sla("1h"), h: n.route("general"), e: n.escalate(), ok: n.end() }, [
        "t -> ai",
        "ai:sent -> sla",
        "ai:handoff -> h",
        "sla:breached -> e",
        "sla:met -> ok",
      ]),
    );
    expect(path(drive(plan, ticket()).state)).toContain("sla:met");
  });
});

/*
 *  trigger ─▶ ai-reply ──sent──▶ wait-for(customer, 24h) ──replied──▶ ai-reply (again)
 *                 └──handoff──▶ route(general)      └──timeout──▶ resolve
 *  A cycle, allowed because it passes through a wait.
 */
describe("wait-for and cycles", () => {
  const plan = planOf(
    flow({ t: n.trigger(), ai: n.aiReply(0.5), w: n.waitFor("24h"), h: n.route("general"), done: n.resolve() }, [
      "t -> ai",
      "ai:sent -> w",
      "ai:handoff -> h",
      "w:replied -> ai",
      "w:timeout -> done",
    ]),
  );

  it("loops on each customer reply and gives every visit its own idempotency key", () => {
    const { state, calls } = drive(plan, ticket(), {}, [
      { afterMs: HOUR, event: { type: "customer.replied", body: "still not working" } },
      { afterMs: 2 * HOUR, event: { type: "customer.replied", body: "ok thanks" } },
    ]);
    const keys = calls.filter((c) => c.name === "sendReply").map((c) => (c.input as { idempotencyKey: string }).idempotencyKey);
    expect(keys).toHaveLength(3);
    expect(new Set(keys).size).toBe(3);
    expect(path(state).filter((p) => p === "w:replied")).toHaveLength(2);
    expect(path(state)).toContain("w:timeout");
    expect(state.outcome?.kind).toBe("automated");
    expect(state.ticket!.latestCustomerMessage).toBe("ok thanks");
  });

  it("uses the latest customer message in ticket.text after a reply", () => {
    const { calls } = drive(plan, ticket({ subject: "S", body: "B" }), {}, [{ afterMs: HOUR, event: { type: "customer.replied", body: "R" } }]);
    const drafts = calls.filter((c) => c.name === "draftReply").map((c) => (c.input as { text: string }).text);
    expect(drafts).toEqual(["S\nB", "S\nB\nR"]);
  });
});

describe("triggers", () => {
  it("a customer.replied trigger waits for the first reply", () => {
    const plan = planOf(flow({ t: n.trigger("customer.replied"), r: n.route("general") }, ["t -> r"]));
    expect(drive(plan, ticket()).state.status).toBe("idle");
    expect(drive(plan, ticket(), {}, [{ afterMs: 1000, event: { type: "customer.replied", body: "hi" } }]).state.outcome?.kind).toBe("routed");
  });

  it("ticket.updated can start a run, e.g. when the priority changes", () => {
    const plan = planOf(
      flow({ t: n.trigger("ticket.updated"), c: n.condition(any(eq("ticket.priority", "urgent"))), r: n.route("escalations"), x: n.end() }, [
        "t -> c",
        "c:true -> r",
        "c:false -> x",
      ]),
    );
    const { state } = drive(plan, ticket(), {}, [{ afterMs: 1000, event: { type: "ticket.updated", changes: { priority: "urgent" } } }]);
    expect(state.outcome).toMatchObject({ kind: "routed", queue: "escalations" });
  });
});

/*
 *  trigger ─▶ score-priority(+2 enterprise, +1 negative) ─▶ set-tier(by intent) ─▶ end
 */
describe("score-priority and set-tier", () => {
  const plan = planOf(
    flow(
      {
        t: n.trigger(),
        k: n.classify(),
        s: n.sentiment(),
        p: n.score(["enterprise", { kind: "group", match: "any", rules: [rule("customer.enterprise", "is_true")] }, 2], ["negative", { kind: "group", match: "any", rules: [eq("sentiment.label", "negative")] }, 1]),
        tier: n.raw("set-tier", { byIntent: { password_reset: 1, dispute: 3 }, fallbackTier: 2 }),
      },
      ["t -> k", "k -> s", "s -> p", "p -> tier"],
    ),
  );

  it("adds boosts, clamps to urgent, updates the ticket and explains the score", () => {
    const { state, calls } = drive(plan, ticket({}, { enterprise: true }), {
      classifyIntent: () => ({ label: "dispute", confidence: 0.9, alternatives: [] }),
      detectSentiment: () => ({ label: "negative", score: -0.6, frustrated: false, asksForHuman: false }),
    });
    expect(state.facts.priorityScore).toBe(4);
    expect(state.ticket!.priority).toBe("urgent");
    expect(state.trace.find((e) => e.nodeId === "p")!.reason).toBe("enterprise (+2), negative (+1): score 4 → urgent");
    expect(calls.filter((c) => c.name === "updateTicket").map((c) => (c.input as { changes: unknown }).changes)).toEqual([{ priority: "urgent" }, { tier: 3 }]);
    expect(state.outcome?.tier).toBe(3);
  });

  it("leaves the priority alone when no boost applies, and falls back to the default tier", () => {
    const { state, calls } = drive(plan, ticket());
    expect(state.ticket!.priority).toBe("normal");
    expect(calls.filter((c) => c.name === "updateTicket")).toHaveLength(1);
    expect(state.trace.find((e) => e.nodeId === "tier")!.reason).toBe("No tier mapped for intent general; fallback tier 2");
  });
});
