import { describe, expect, it } from "vitest";
import { compile } from "../compile";
import { findExample } from "../examples";
import { drive, planOf, ticket } from "../interpret/test-driver";
import { unknownIntentLabels } from "../lint/unknown-intent-labels";
import type { TFlowGraph } from "../model/graph";
import { adaptTemplate } from "./adapt-template";
import keywordJson from "./fixtures/keyword-vocabulary.json";
import modelJson from "./fixtures/model-vocabulary.json";
import type { TTemplateVocabulary } from "./vocabulary";

/**
 * "Tiered support" names helpdesk categories (card_arrival, compromised_card, …). For the keyword baseline
 * every one of them is a warning; adapted, its two intent switches speak the baseline's words:
 *
 *   … [classify] ─▶ <by-tier> ─tier-3 (dispute, fraud)──▶ [tier-3] ─▶ [escalate-risk] ─▶ …
 *                             ─tier-1 (password_reset, not enterprise)──▶ [tier-1] ─▶ [ai-answer] ─▶ …
 *                             ─fallback──▶ [tier-2] ─▶ [ai-draft] ─▶ <by-team>
 *   <by-team> ─enterprise─▶ [route-enterprise]           (kept: it tests no intent)
 *             ─cards (card_issue)─▶ [route-cards]
 *             ─billing (billing)─▶ [route-billing]
 *             ─account-security (password_reset, account_access, fraud)─▶ [route-account-security]  new
 *             ─disputes (refund, dispute)─▶ [route-disputes]                                       new
 *             ─transfers (transfer)─▶ [route-transfers]
 *             ─fallback─▶ [route-general]            (technical and cancel_account: no team has most of them)
 *
 * Tier 3's categories are mostly what the baseline calls "dispute" and "fraud", Tier 1's mostly "password_reset".
 */
const keyword = keywordJson as TTemplateVocabulary;
const model = modelJson as TTemplateVocabulary;
const tiered = findExample("tiered-support")!.graph;

const switchCases = (g: TFlowGraph, id: string) => {
  const sw = g.nodes.find((n) => n.id === id);
  if (sw?.type !== "switch") throw new Error(`${id} is not a switch`);
  return sw.data.cases.map((c) => ({ id: c.id, label: c.label, rules: c.rules, to: g.edges.find((e) => e.source === id && e.sourceHandle === c.id)?.target }));
};
const isIn = (...labels: string[]) =>
  labels.length === 1 ? { kind: "rule", field: "intent.label", op: "equals", value: labels[0] } : { kind: "rule", field: "intent.label", op: "in", values: labels };
const anyOf = (...labels: string[]) => ({ kind: "group", match: "any", rules: [isIn(...labels)] });

describe("adaptTemplate: tiered support for the keyword baseline", () => {
  const adapted = adaptTemplate(tiered, keyword);

  it("translates the tiers into the baseline's labels whose tickets are mostly of that tier", () => {
    expect(switchCases(adapted.graph, "by-tier")).toEqual([
      { id: "tier-3", label: "Tier 3: money or account at risk", rules: anyOf("dispute", "fraud"), to: "tier-3" },
      {
        id: "tier-1", label: "Tier 1: self-service questions", to: "tier-1",
        rules: { kind: "group", match: "all", rules: [isIn("password_reset"), { kind: "rule", field: "customer.enterprise", op: "is_false" }] },
      },
    ]);
  });

  it("routes each team's labels to it, after the enterprise case, with new routes joining the SLA", () => {
    expect(switchCases(adapted.graph, "by-team")).toEqual([
      { id: "enterprise", label: "Enterprise account", rules: expect.objectContaining({ match: "all" }), to: "route-enterprise" },
      { id: "cards", label: "Cards", rules: anyOf("card_issue"), to: "route-cards" },
      { id: "billing", label: "Fees, charges and refunds", rules: anyOf("billing"), to: "route-billing" },
      { id: "account-security", label: "Account security", rules: anyOf("password_reset", "account_access", "fraud"), to: "route-account-security" },
      { id: "disputes", label: "Disputes", rules: anyOf("refund", "dispute"), to: "route-disputes" },
      { id: "transfers", label: "Transfers and top-ups", rules: anyOf("transfer"), to: "route-transfers" },
    ]);
    for (const id of ["route-account-security", "route-disputes"]) {
      expect(adapted.graph.edges.filter((e) => e.source === id).map((e) => e.target)).toEqual(["first-response-sla"]);
    }
    expect(adapted.graph.nodes.map((n) => n.id)).not.toContain("route-technical");
    const ys = ["route-enterprise", "route-cards", "route-billing", "route-account-security", "route-disputes", "route-transfers", "route-general"].map(
      (id) => adapted.graph.nodes.find((n) => n.id === id)!.position,
    );
    expect(ys).toEqual([380, 500, 620, 740, 860, 980, 1100].map((y) => ({ x: 2240, y })));
  });

  it("compiles with no intent-label warning and runs: fraud escalates, a password question is answered by AI", () => {
    expect(compile(adapted.graph, { knownQueues: keyword.queues })).toMatchObject({ ok: true });
    expect(unknownIntentLabels(adapted.graph, new Set(keyword.labels))).toEqual([]);
    const plan = planOf(adapted.graph, [...keyword.queues]);
    const answer = (label: string, draft: number) => ({
      classifyIntent: () => ({ label, confidence: 0.9, alternatives: [] }),
      draftReply: () => ({ text: "Here is how", confidence: draft, citations: [] }),
    });
    expect(drive(plan, ticket(), answer("fraud", 0.9)).state.outcome).toMatchObject({ kind: "escalated", queue: "disputes", tier: 3 });
    expect(drive(plan, ticket(), answer("password_reset", 0.95)).state.outcome).toMatchObject({ kind: "automated", tier: 1 });
    expect(drive(plan, ticket(), answer("refund", 0.7)).state.outcome).toMatchObject({ kind: "routed", queue: "disputes", tier: 2 });
  });

  it("leaves out a tier none of the baseline's labels mostly belongs to, with its branch", () => {
    const noTier1 = { ...keyword, aliases: keyword.aliases.filter((a) => a.label !== "password_reset") };
    const result = adaptTemplate(tiered, noTier1);
    expect(switchCases(result.graph, "by-tier").map((c) => c.id)).toEqual(["tier-3"]);
    const ids = result.graph.nodes.map((n) => n.id);
    for (const gone of ["tier-1", "ai-answer", "resolve", "csat", "end-automated"]) expect(ids).not.toContain(gone);
    expect(result.notes).toContain('"Which tier?": the case "Tier 1: self-service questions" was left out: none of the keyword baseline\'s intents is mostly such tickets.');
    expect(compile(result.graph, { knownQueues: keyword.queues })).toMatchObject({ ok: true });
    expect(unknownIntentLabels(result.graph, new Set(keyword.labels))).toEqual([]);
  });

  it("with no history at all, routes by queue names and drops the tiers: nothing says what they would be", () => {
    const empty = { ...keyword, volumes: [], aliases: [] };
    const result = adaptTemplate(tiered, empty);
    // Neither tier can hold, so the switch goes and every classified ticket takes Tier 2, as it did before.
    expect(result.graph.nodes.map((n) => n.id)).not.toContain("by-tier");
    expect(result.graph.edges.find((e) => e.source === "classify" && (e.sourceHandle ?? "next") === "next")?.target).toBe("tier-2");
    expect(switchCases(result.graph, "by-team").map((c) => [c.id, c.rules, c.to])).toEqual([
      ["enterprise", expect.anything(), "route-enterprise"],
      ["billing", anyOf("billing"), "route-billing"],
      ["cards", anyOf("card_issue"), "route-cards"],
      ["disputes", anyOf("dispute"), "route-disputes"],
      ["technical", anyOf("technical"), "route-technical"],
      ["transfers", anyOf("transfer"), "route-transfers"],
    ]);
    expect(compile(result.graph, { knownQueues: keyword.queues })).toMatchObject({ ok: true });
    expect(unknownIntentLabels(result.graph, new Set(keyword.labels))).toEqual([]);
  });
});

describe("adaptTemplate: tiered support for a model that knows only some of its categories", () => {
  it("keeps the categories the model knows in each tier, and routes teams from the history", () => {
    const adapted = adaptTemplate(tiered, model);
    expect(switchCases(adapted.graph, "by-tier").map((c) => c.rules)).toEqual([
      anyOf("compromised_card"),
      { kind: "group", match: "all", rules: [isIn("card_arrival", "passcode_forgotten", "exchange_rate", "transfer_timing"), { kind: "rule", field: "customer.enterprise", op: "is_false" }] },
    ]);
    expect(switchCases(adapted.graph, "by-team").map((c) => [c.id, c.to])).toEqual([
      ["enterprise", "route-enterprise"],
      ["cards", "route-cards"],
      ["orders", "route-orders"],
      ["disputes", "route-disputes"],
      ["account-security", "route-account-security"],
      ["transfers", "route-transfers"],
    ]);
    expect(compile(adapted.graph, { knownQueues: model.queues })).toMatchObject({ ok: true });
    expect(unknownIntentLabels(adapted.graph, new Set(model.labels))).toEqual([]);
  });

  it("translates the password-reset template's keyword into the categories most of whose tickets it names", () => {
    const adapted = adaptTemplate(findExample("tier1-password-reset")!.graph, model);
    const gate = adapted.graph.nodes.find((n) => n.type === "condition");
    expect(gate?.type === "condition" && gate.data.rules.rules[0]).toEqual(isIn("passcode_forgotten"));
    expect(unknownIntentLabels(adapted.graph, new Set(model.labels))).toEqual([]);
  });
});
