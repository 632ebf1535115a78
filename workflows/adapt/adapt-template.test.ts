import { describe, expect, it } from "vitest";
import { compile } from "../compile";
import { findExample } from "../examples";
import { intentLabelsIn, unknownIntentLabels } from "../lint/unknown-intent-labels";
import type { TFlowGraph } from "../model/graph";
import { adaptTemplate } from "./adapt-template";
import keywordJson from "./fixtures/keyword-vocabulary.json";
import modelJson from "./fixtures/model-vocabulary.json";
import type { TTemplateVocabulary } from "./vocabulary";

/**
 * The fixtures are shaped like the demo workspace: a model answering with helpdesk categories (card_declined,
 * track_order, …) whose tickets sit in the seeded queues, and the keyword baseline (card_issue, billing, …),
 * with what its labels are called as categories. Their numbers are small and chosen so each rule is visible.
 */
const model = modelJson as TTemplateVocabulary;
const keyword = keywordJson as TTemplateVocabulary;
const graphOf = (slug: string) => findExample(slug)!.graph;

const node = (g: TFlowGraph, id: string) => g.nodes.find((n) => n.id === id);
const casesOf = (g: TFlowGraph, id: string) => {
  const sw = node(g, id);
  if (sw?.type !== "switch") throw new Error(`${id} is not a switch`);
  return sw.data.cases.map((c) => ({ id: c.id, label: c.label, rules: c.rules, to: g.edges.find((e) => e.source === id && e.sourceHandle === c.id)?.target }));
};
const intent = (...labels: string[]) =>
  labels.length === 1
    ? { kind: "group", match: "any", rules: [{ kind: "rule", field: "intent.label", op: "equals", value: labels[0] }] }
    : { kind: "group", match: "any", rules: [{ kind: "rule", field: "intent.label", op: "in", values: labels }] };
const queueOf = (g: TFlowGraph, id: string | undefined) => {
  const n = g.nodes.find((x) => x.id === id);
  return n?.type === "route" ? n.data.queue : undefined;
};

function expectClean(g: TFlowGraph, vocab: TTemplateVocabulary) {
  expect(compile(g, { knownQueues: vocab.queues })).toMatchObject({ ok: true });
  expect(unknownIntentLabels(g, new Set(vocab.labels))).toEqual([]);
}

describe("adaptTemplate: route by intent, for a trained model", () => {
  /*
   * The template's six cases name card_issue, billing, refund, … (the keyword baseline's words), which the model
   * never answers. Adapted: one case per team, busiest team first, each with its intents biggest first.
   *
   *   [trigger] ─▶ [classify] ─unsure──────────────────────────────────▶ [route-general]   (y 770)
   *                    │                                                       ▲
   *                    ▼                                                       │ fallback
   *               <by-intent> ─cards (card_declined, card_arrival)────────▶ [route-cards]            (y 70)
   *                           ─orders (track_order)───────────────────────▶ [route-orders]  new      (y 210)
   *                           ─disputes (request_refund)──────────────────▶ [route-disputes]         (y 350)
   *                           ─account-access (passcode_forgotten,
   *                                            compromised_card)─────────▶ [route-account-security] (y 490)
   *                           ─transfers (transfer_timing)────────────────▶ [route-transfers]        (y 630)
   *
   * create_account was handled by general; exchange_rate by nobody in particular (billing 5, general 5,
   * transfers 4: no majority): both take the fallback, with the abstention "unknown".
   */
  const adapted = adaptTemplate(graphOf("intent-routing"), model);

  it("routes each team's intents, busiest team first, keeping the template's case names and route nodes", () => {
    expect(adapted.changed).toBe(true);
    expect(casesOf(adapted.graph, "by-intent")).toEqual([
      { id: "cards", label: "Card problems", rules: intent("card_declined", "card_arrival"), to: "route-cards" },
      { id: "orders", label: "Orders", rules: intent("track_order"), to: "route-orders" },
      { id: "disputes", label: "Disputes and fraud", rules: intent("request_refund"), to: "route-disputes" },
      { id: "account-access", label: "Account access and passwords", rules: intent("passcode_forgotten", "compromised_card"), to: "route-account-security" },
      { id: "transfers", label: "Transfers", rules: intent("transfer_timing"), to: "route-transfers" },
    ]);
    expect(queueOf(adapted.graph, "route-orders")).toBe("orders");
    expect(adapted.graph.edges.find((e) => e.source === "by-intent" && e.sourceHandle === "fallback")?.target).toBe("route-general");
    expect(adapted.routes).toEqual([{ nodeId: "by-intent", fallbackQueue: "general", assignments: expect.any(Array) }]);
  });

  it("drops the routes no team needs, stacks the rest around the middle of the template's column (the switch's y) and keeps their settings", () => {
    expect(adapted.graph.nodes.map((n) => n.id)).toEqual([
      "trigger", "classify", "by-intent", "route-cards", "route-transfers", "route-disputes", "route-account-security", "route-general", "route-orders",
    ]);
    const y = Object.fromEntries(adapted.graph.nodes.filter((n) => n.type === "route").map((n) => [n.id, n.position]));
    expect(y).toEqual({
      "route-cards": { x: 900, y: 70 },
      "route-orders": { x: 900, y: 210 },
      "route-disputes": { x: 900, y: 350 },
      "route-account-security": { x: 900, y: 490 },
      "route-transfers": { x: 900, y: 630 },
      "route-general": { x: 900, y: 770 },
    });
    expect(node(adapted.graph, "classify")?.position).toEqual(node(graphOf("intent-routing"), "classify")?.position);
    expect(adapted.graph.edges.map((e) => e.id)).toContain("by-intent:orders->route-orders");
  });

  it("compiles against the workspace's queues with no intent-label warning, and says what it did", () => {
    expectClean(adapted.graph, model);
    expect(adapted.notes).toEqual([
      '"Route by intent" routes 7 intents to 5 teams; the biggest: card_declined → cards, track_order → orders, card_arrival → cards. Anything else goes to general.',
    ]);
  });

  it("is deterministic: the same vocabulary in another order gives the same graph", () => {
    const shuffled = { ...model, labels: [...model.labels].reverse(), volumes: [...model.volumes].reverse(), aliases: [...model.aliases].reverse() };
    expect(adaptTemplate(graphOf("intent-routing"), shuffled).graph).toEqual(adapted.graph);
  });

  it("gives the smallest teams' intents to the fallback beyond maxCases", () => {
    const capped = adaptTemplate(graphOf("intent-routing"), model, { maxCases: 2 });
    expect(casesOf(capped.graph, "by-intent").map((c) => [c.id, c.to])).toEqual([["cards", "route-cards"], ["orders", "route-orders"]]);
    expect(capped.notes[0]).toContain("Anything else (and 4 of smaller teams) goes to general.");
    expectClean(capped.graph, model);
  });
});

describe("adaptTemplate: templates that already speak the classifier's language", () => {
  it("leaves route by intent as written for the keyword baseline, whose words it uses", () => {
    const adapted = adaptTemplate(graphOf("intent-routing"), keyword);
    expect(adapted).toEqual({ graph: graphOf("intent-routing"), changed: false, notes: [], routes: [] });
  });

  it("leaves tiered support as written for a model that knows every category it names", () => {
    const named = graphOf("tiered-support").nodes.flatMap((n) => intentLabelsIn(n.data));
    const adapted = adaptTemplate(graphOf("tiered-support"), { ...model, labels: [...new Set([...model.labels, ...named])] });
    expect(adapted.changed).toBe(false);
  });
});

describe("adaptTemplate: a workspace without the template's queues", () => {
  it("sends the fallback to the busiest queue when there is no general queue", () => {
    const queues = model.queues.filter((q) => q !== "general");
    const adapted = adaptTemplate(graphOf("intent-routing"), { ...model, queues });
    // cards handled the most tickets, so it is the fallback and has no case of its own; without general's
    // tickets, billing now handled most of exchange_rate's (5 of 9).
    expect(casesOf(adapted.graph, "by-intent").map((c) => c.to)).toEqual(["route-orders", "route-disputes", "route-account-security", "route-transfers", "route-billing"]);
    expect(queueOf(adapted.graph, "route-general")).toBe("cards");
    expect(compile(adapted.graph, { knownQueues: queues })).toMatchObject({ ok: true });
  });
});
