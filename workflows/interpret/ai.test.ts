import { describe, expect, it } from "vitest";
import { flow, n } from "../compile/test-graphs";
import { drive, path, planOf, ticket } from "./test-driver";

/*
 *  trigger ─▶ classify(min 0.6) ─next─▶ ai-reply ──sent──▶ resolve ─▶ end
 *                  └──unsure──▶ escalate      └──handoff──▶ route(general)
 */
const graph = (mode: string, threshold = 0.7) =>
  flow(
    {
      t: n.trigger(),
      k: n.raw("classify-intent", { minConfidence: 0.6 }),
      ai: n.aiReply(threshold, mode),
      done: n.resolve(),
      fin: n.end(),
      unsure: n.escalate("Intent unclear"),
      human: n.route("general"),
    },
    ["t -> k", "k -> ai", "k:unsure -> unsure", "ai:sent -> done", "done -> fin", "ai:handoff -> human"],
  );
const confident = { classifyIntent: () => ({ label: "password_reset", confidence: 0.9, alternatives: [] }) };

describe("classify-intent", () => {
  it("takes 'unsure' below its minimum confidence, with both numbers in the reason", () => {
    const { state } = drive(planOf(graph("autonomous")), ticket(), { classifyIntent: () => ({ label: "billing", confidence: 0.42, alternatives: [] }) });
    expect(path(state)).toContain("k:unsure: billing");
    expect(state.trace.find((e) => e.nodeId === "k")!.reason).toBe("Intent billing at 42% is below the 60% minimum");
    expect(state.outcome).toMatchObject({ kind: "escalated", escalationReason: "Intent unclear" });
  });

  it("treats a classifier failure as an unknown intent and carries on", () => {
    const { state } = drive(planOf(graph("autonomous")), ticket(), {
      classifyIntent: () => {
        throw new Error("model not loaded");
      },
    });
    expect(state.facts.intent).toEqual({ label: "unknown", confidence: 0, alternatives: [] });
    expect(state.trace.find((e) => e.nodeId === "k")!.reason).toBe("Classifier failed: model not loaded");
  });

  it("treats a malformed result as a failure that names the bad field", () => {
    const { state } = drive(planOf(graph("autonomous")), ticket(), { classifyIntent: () => ({ label: "x", confidence: 7 }) });
    expect(state.trace.find((e) => e.nodeId === "k")!.reason).toMatch(/^Classifier failed: classifyIntent returned an invalid result \(confidence: /);
  });
});

describe("ai-reply", () => {
  it("autonomous and confident: drafts, sends with an idempotency key, resolves: automated", () => {
    const { state, calls } = drive(planOf(graph("autonomous")), ticket(), confident);
    expect(calls.map((c) => c.name)).toEqual(["classifyIntent", "draftReply", "sendReply", "resolveTicket"]);
    expect(calls[2]!.input).toMatchObject({ ticketId: "t1", body: "Here is how", idempotencyKey: "run-1:ai:2" });
    expect(path(state)).toEqual(["t:start", "k:password_reset", "ai:send", "ai:sent", "done:resolve", "done:resolved", "fin:end"]);
    expect(state.outcome).toMatchObject({ kind: "automated", aiReply: "sent" });
    expect(state.ticket!.firstResponseAt).not.toBeNull();
  });

  it("below the threshold hands off and says by how much", () => {
    const { state, calls } = drive(planOf(graph("autonomous", 0.95)), ticket(), confident);
    expect(calls.map((c) => c.name)).not.toContain("sendReply");
    expect(state.trace.find((e) => e.nodeId === "ai")!.reason).toBe("Confidence 90% is below the 95% threshold");
    expect(state.outcome).toMatchObject({ kind: "routed", aiReply: "handoff", queue: "general" });
  });

  it("never sends an empty draft, even at a zero threshold", () => {
    const { state, calls } = drive(planOf(graph("autonomous", 0)), ticket(), { ...confident, draftReply: () => ({ text: "  ", confidence: 0, citations: [] }) });
    expect(calls.map((c) => c.name)).not.toContain("sendReply");
    expect(state.trace.find((e) => e.nodeId === "ai")!.reason).toBe("No article answered the ticket, so there is nothing to send; handed to an agent");
    expect(state.outcome).toMatchObject({ kind: "routed", aiReply: "handoff" });
  });

  it("shadow mode records what it would have sent and sends nothing", () => {
    const { state, calls } = drive(planOf(graph("shadow")), ticket(), confident);
    expect(calls.map((c) => c.name)).toEqual(["classifyIntent", "draftReply", "routeTicket"]);
    expect(state.trace.find((e) => e.nodeId === "ai")!.decision).toBe("shadow");
    expect(state.outcome?.aiReply).toBe("shadow");
  });

  it("assist mode posts the draft as an internal note and hands off", () => {
    const { state, calls } = drive(planOf(graph("assist")), ticket(), confident);
    expect(calls.map((c) => c.name)).toEqual(["classifyIntent", "draftReply", "postInternalNote", "routeTicket"]);
    expect(state.outcome?.aiReply).toBe("assist");
    // The posting line carries the draft for the agent's composer; the batch writer takes the text out of it.
    const posting = state.trace.find((e) => e.nodeId === "ai" && e.decision === "draft")!;
    const note = calls.find((c) => c.name === "postInternalNote")!.input as { body: string };
    expect(posting.details).toMatchObject({ mode: "assist", draft: note.body, intent: "password_reset" });
  });

  it("a guardrail block is never sent and names the rule", () => {
    const { state, calls } = drive(planOf(graph("autonomous")), ticket(), {
      ...confident,
      draftReply: () => ({ text: "Refund in 3 days", confidence: 0.99, citations: [], blockedBy: "never promise a refund timeline" }),
    });
    expect(calls.map((c) => c.name)).not.toContain("sendReply");
    expect(state.trace.find((e) => e.nodeId === "ai")!.reason).toBe('Guardrail "never promise a refund timeline" blocked the draft');
    expect(state.outcome?.aiReply).toBe("blocked");
  });

  it("a failed send hands off instead of pretending it was sent", () => {
    const { state } = drive(planOf(graph("autonomous")), ticket(), {
      ...confident,
      sendReply: () => {
        throw new Error("helpdesk down");
      },
    });
    expect(path(state)).toContain("ai:handoff");
    expect(state.outcome?.kind).toBe("routed");
  });
});

/*
 *  trigger ─▶ sentiment ─▶ escalate(queue escalations, urgent) ─▶ notify
 */
describe("escalate and notify", () => {
  it("hands off with a context summary and renders the Slack template", () => {
    const plan = planOf(
      flow(
        {
          t: n.trigger(),
          s: n.sentiment(),
          e: n.raw("escalate", { reason: "Angry enterprise customer", queue: "escalations", priority: "urgent", customerMessage: "Hi {{customer.name}}, a person will help." }),
          x: n.raw("notify", { channel: "#esc", message: "{{ticket.subject}} ({{sentiment.label}}) needs a human" }),
        },
        ["t -> s", "s -> e", "e -> x"],
      ),
    );
    const { state, calls } = drive(plan, ticket({ subject: "Still broken" }, { enterprise: true, contactsLast24h: 3 }), {
      detectSentiment: () => ({ label: "negative", score: -0.8, frustrated: true, asksForHuman: true }),
    });
    const esc = calls.find((c) => c.name === "escalateTicket")!.input as Record<string, unknown>;
    expect(esc).toMatchObject({ reason: "Angry enterprise customer", queue: "escalations", priority: "urgent", customerMessage: "Hi Ada, a person will help." });
    expect(esc.summary).toContain("enterprise customer; 3 contacts in 24 h; sentiment negative, frustrated; asked for a human");
    expect(calls.find((c) => c.name === "notifySlack")!.input).toMatchObject({ channel: "#esc", text: "Still broken (negative) needs a human" });
    expect(state.outcome).toMatchObject({ kind: "escalated", queue: "escalations", escalationReason: "Angry enterprise customer" });
    expect(state.ticket!.priority).toBe("urgent");
  });
});

describe("effects", () => {
  it("trace a final failure and carry on; a success adds no second line", () => {
    const plan = planOf(flow({ t: n.trigger(), x: n.notify("#a"), g: n.tag("seen"), r: n.route("general") }, ["t -> x", "x -> g", "g -> r"]));
    const { state } = drive(plan, ticket(), {
      notifySlack: () => {
        throw new Error("Slack answered 500");
      },
    });
    expect(path(state)).toEqual(["t:start", "x:#a", "x:failed", "g:tag", "r:general", "r:general"]);
    expect(state.trace.find((e) => e.decision === "failed")!.reason).toBe("Failed: Slack answered 500");
    expect(state.ticket!.tags).toEqual(["seen"]);
  });
});

/*
 *  trigger ─▶ classify(min 0.6; card_arrival 0.95) ─next─▶ ai-reply(0.7; card_arrival 0.5) ─sent─▶ resolve ─▶ end
 *                  └──unsure──▶ escalate                       └──handoff──▶ route(general)
 */
describe("thresholds by intent", () => {
  const withOverrides = (byClassify: Record<string, number>, byReply: Record<string, number>) =>
    flow(
      {
        t: n.trigger(),
        k: n.raw("classify-intent", { minConfidence: 0.6, thresholdsByIntent: byClassify }),
        ai: n.raw("ai-reply", { threshold: 0.7, mode: "autonomous", thresholdsByIntent: byReply }),
        done: n.resolve(),
        fin: n.end(),
        unsure: n.escalate("Intent unclear"),
        human: n.route("general"),
      },
      ["t -> k", "k -> ai", "k:unsure -> unsure", "ai:sent -> done", "done -> fin", "ai:handoff -> human"],
    );
  const intent = (label: string, confidence: number) => ({ classifyIntent: () => ({ label, confidence, alternatives: [] }) });

  it("an intent's own minimum replaces the node's, and the reason names the intent", () => {
    const { state } = drive(planOf(withOverrides({ card_arrival: 0.95 }, {})), ticket(), intent("card_arrival", 0.9));
    expect(state.trace.find((e) => e.nodeId === "k")!.reason).toBe("Intent card_arrival at 90% is below the 95% minimum for card_arrival");
    expect(state.outcome).toMatchObject({ kind: "escalated" });
  });

  it("other intents keep the node's minimum", () => {
    const { state } = drive(planOf(withOverrides({ card_arrival: 0.95 }, {})), ticket(), intent("billing", 0.9));
    expect(state.trace.find((e) => e.nodeId === "k")!.reason).toBe("Intent billing at 90% (minimum 60%)");
  });

  it("ai-reply uses the intent's threshold: a lower one lets a 60% draft through, and says so", () => {
    const lowered = drive(planOf(withOverrides({}, { password_reset: 0.5 })), ticket(), {
      ...intent("password_reset", 0.9),
      draftReply: () => ({ text: "Here is how", confidence: 0.6, citations: [] }),
    });
    expect(lowered.state.trace.find((e) => e.nodeId === "ai")!.reason).toBe("Confidence 60% ≥ 50% (threshold for password_reset); autonomous mode: sending");
    expect(lowered.state.outcome).toMatchObject({ kind: "automated" });

    const raised = drive(planOf(withOverrides({}, { password_reset: 0.99 })), ticket(), { ...intent("password_reset", 0.9) });
    expect(raised.state.trace.find((e) => e.nodeId === "ai")!.reason).toMatch(/is below the 99% threshold for password_reset$/);
  });
});
