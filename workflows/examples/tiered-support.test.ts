import { describe, expect, it } from "vitest";
import { drive, path, planOf, ticket } from "../interpret/test-driver";
import { DEMO_WORKSPACE_QUEUES, findExample } from ".";

/**
 * The tiered-support template, end to end through the interpreter:
 *
 * [trigger] ─▶ [sentiment] ─▶ <needs-human?> ─true─▶ [escalate-human] ─▶ [notify-human] ─▶ (end-escalated)
 *                                   │ false                                                     ▲
 *                                   ▼                                                           │
 *                              [classify] ─unsure──────────────────────────────▶ [route-general]│
 *                                   ▼                                                  │        │
 *                              <by-tier> ─tier-3─▶ [tier-3] ─▶ [escalate-risk] ─▶ [notify-risk] ┘
 *                                   │ tier-1─▶ [tier-1] ─▶ [ai-answer] ─sent─▶ [resolve] ─▶ [csat] ─▶ (end-automated)
 *                                   │                           │ handoff
 *                                   │ fallback─▶ [tier-2] ─▶ [ai-draft] ─▶ <by-team> ─▶ [route-*] ─▶ [first-response-sla]
 *                                                                                   met ─▶ (end-answered)
 *                                                                              breached ─▶ [notify-breach] ─▶ (end-breached)
 */
const plan = planOf(findExample("tiered-support")!.graph, [...DEMO_WORKSPACE_QUEUES]);
const intent = (label: string, confidence = 0.9) => ({ classifyIntent: () => ({ label, confidence, alternatives: [] }) });
const draft = (confidence: number) => ({ draftReply: () => ({ text: "Here is how", confidence, citations: [] }) });
const HOUR = 3_600_000;

describe("tiered-support example", () => {
  it("has at least 20 nodes", () => {
    expect(Object.keys(plan.nodes).length).toBeGreaterThanOrEqual(20);
  });

  it("hands a customer who asks for a person straight to the escalations queue, before classifying", () => {
    const run = drive(plan, ticket(), { detectSentiment: () => ({ label: "neutral", score: 0, frustrated: false, asksForHuman: true }) });
    expect(path(run.state)).toEqual(["trigger:start", "sentiment:neutral", "needs-human:true", "escalate-human:escalate", "notify-human:#support-escalations", "end-escalated:end"]);
    expect(run.calls.map((c) => c.name)).not.toContain("classifyIntent");
    expect(run.state.outcome).toMatchObject({ kind: "escalated", queue: "escalations", label: "escalated" });
  });

  it("answers a confident Tier 1 question with AI, resolves it and sends a survey", () => {
    const run = drive(plan, ticket({ body: "When will my card arrive?" }), { ...intent("card_arrival"), ...draft(0.92) });
    expect(path(run.state).slice(3)).toEqual(["classify:card_arrival", "by-tier:Tier 1: self-service questions", "tier-1:tier 1", "ai-answer:send", "ai-answer:sent", "resolve:resolve", "resolve:resolved", "csat:survey", "end-automated:end"]);
    expect(run.state.outcome).toMatchObject({ kind: "automated", tier: 1, aiReply: "sent", label: "automated" });
  });

  it("hands a Tier 1 question the AI is unsure of to a team, under the first-response SLA", () => {
    const run = drive(plan, ticket(), { ...intent("card_arrival"), ...draft(0.5) }, [{ afterMs: HOUR, event: { type: "agent.replied" } }]);
    expect(path(run.state).slice(-7)).toEqual(["ai-answer:handoff", "by-team:fallback", "route-general:general", "route-general:general", "first-response-sla:waiting", "first-response-sla:met", "end-answered:end"]);
    expect(run.state.outcome).toMatchObject({ kind: "routed", queue: "general", tier: 1, aiReply: "handoff", label: "sla-met" });
  });

  it("drafts for the agent on Tier 2, routes to the owning team and alerts the lead when the SLA is breached", () => {
    const run = drive(plan, ticket(), { ...intent("declined_card_payment"), ...draft(0.75) }, [{ afterMs: 5 * HOUR, event: { type: "agent.replied" } }]);
    expect(run.calls.map((c) => c.name)).toContain("postInternalNote");
    expect(path(run.state).slice(-7)).toEqual(["by-team:Fees, charges and refunds", "route-billing:billing", "route-billing:billing", "first-response-sla:waiting", "first-response-sla:breached", "notify-breach:#support-leads", "end-breached:end"]);
    expect(run.state.outcome).toMatchObject({ kind: "routed", queue: "billing", tier: 2, aiReply: "assist", label: "sla-breached" });
  });

  it("sends enterprise accounts to their own queue even for Tier 1 questions", () => {
    const run = drive(plan, ticket({}, { enterprise: true }), { ...intent("card_arrival"), ...draft(0.95) }, [{ afterMs: HOUR, event: { type: "agent.replied" } }]);
    expect(run.state.outcome).toMatchObject({ kind: "routed", queue: "enterprise", tier: 2 });
  });

  it("escalates money-at-risk intents urgently to disputes as Tier 3 and alerts the fraud desk", () => {
    const run = drive(plan, ticket(), intent("card_payment_not_recognised"));
    expect(path(run.state).slice(-5)).toEqual(["by-tier:Tier 3: money or account at risk", "tier-3:tier 3", "escalate-risk:escalate", "notify-risk:#fraud-desk", "end-escalated:end"]);
    expect(run.state.outcome).toMatchObject({ kind: "escalated", queue: "disputes", tier: 3, label: "escalated" });
  });

  it("routes an unsure classification to general without guessing a tier", () => {
    const run = drive(plan, ticket(), intent("card_arrival", 0.3), [{ afterMs: HOUR, event: { type: "agent.replied" } }]);
    expect(path(run.state)).toContain("classify:unsure: card_arrival");
    expect(run.state.outcome).toMatchObject({ kind: "routed", queue: "general", tier: null });
  });
});
