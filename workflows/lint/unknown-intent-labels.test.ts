import { describe, expect, it } from "vitest";
import { all, any, eq, flow, n, not, rule } from "../compile/test-graphs";
import { EXAMPLES } from "../examples";
import { intentLabelsIn, unknownIntentLabels } from "./unknown-intent-labels";

const known = new Set(["card_arrival", "card_declined", "transfer_timing", "unknown"]);

describe("unknownIntentLabels", () => {
  it("finds labels in conditions, switch cases at any depth and per-intent thresholds, once per node", () => {
    // [t: trigger] ──▶ [c: classify (thresholds card_arrival, card_isue)] ──▶ [s: switch]
    //   s: "cards"  ─ intent.label in [card_arrival, card_issue]
    //      "other"  ─ any(not(intent.label = "transfers"), intent.label = "card_issue")
    //   s ──cards──▶ [k: condition intent.label = "unknown"] ──true/false──▶ [r: route]
    const graph = flow(
      {
        t: n.trigger(),
        c: n.raw("classify-intent", { thresholdsByIntent: { card_arrival: 0.8, card_isue: 0.9 } }),
        s: n.switch(
          ["cards", "Cards", all(rule("intent.label", "in", { values: ["card_arrival", "card_issue"] }))],
          ["other", "Other", any(not(eq("intent.label", "transfers")), eq("intent.label", "card_issue"))],
        ),
        k: n.condition(all(eq("intent.label", "unknown"), eq("ticket.channel", "card_issue"))),
        r: n.route("general"),
      },
      ["t -> c", "c -> s", "s:cards -> k", "s:other -> r", "s:fallback -> r", "k:true -> r", "k:false -> r"],
    );
    expect(unknownIntentLabels(graph, known)).toEqual([
      { nodeId: "c", label: "card_isue" },
      { nodeId: "s", label: "card_issue" },
      { nodeId: "s", label: "transfers" },
    ]);
  });

  it("reads set-tier's tiers by intent", () => {
    expect(intentLabelsIn({ byIntent: { card_arrival: 1, card_issue: 2 }, default: 2 })).toEqual(["card_arrival", "card_issue"]);
  });

  it("reads nothing but intent.label rules and maps by intent", () => {
    expect(intentLabelsIn({ rules: all(eq("sentiment.label", "negative"), rule("intent.confidence", "gt", { value: 0.5 })) })).toEqual([]);
    expect(intentLabelsIn({ rules: all(rule("intent.label", "is_empty")) })).toEqual([]);
  });

  it("names no label in a flow written for the model it runs with", () => {
    const tiered = EXAMPLES.find((e) => e.slug === "tiered-support")!.graph;
    const named = new Set(tiered.nodes.flatMap((node) => intentLabelsIn(node.data)));
    expect(named.size).toBeGreaterThan(10);
    expect(unknownIntentLabels(tiered, named)).toEqual([]);
    expect(unknownIntentLabels(tiered, new Set())).toHaveLength(named.size);
  });
});
