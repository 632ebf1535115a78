import { describe, expect, it } from "vitest";
import { EXAMPLES } from "../examples";
import { flow, n, all, eq } from "../compile/test-graphs";
import { diffGraphs } from "./diff-graphs";

// Graphs come from the compiler's test builder: nodes by id, edges as "a -> b" / "a:handle -> b".
const g = flow;

describe("diffGraphs: nodes", () => {
  it("finds added and removed nodes and the edges that came and went with them", () => {
    // before: [t] ──▶ [r: route general]
    // after:  [t] ──▶ [c: classify] ──▶ [r: route general]
    const before = g({ t: n.trigger(), r: n.route("general") }, ["t -> r"]);
    const after = g({ t: n.trigger(), c: n.classify(), r: n.route("general") }, ["t -> c", "c -> r"]);
    const diff = diffGraphs(before, after);
    expect(diff.nodes.added).toEqual(["c"]);
    expect(diff.nodes.removed).toEqual([]);
    expect(diff.edges.added.map((e) => e.id)).toEqual(["t->c", "c->r"]);
    expect(diff.edges.removed).toEqual([{ id: "t->r", source: "t", target: "r", sourceHandle: null }]);
    expect(diff.identical).toBe(false);

    const back = diffGraphs(after, before);
    expect(back.nodes.removed).toEqual(["c"]);
    expect(back.nodes.added).toEqual([]);
  });

  it("lists config changes field by field, with the label and a type change", () => {
    // before: [t] ──▶ [ai: ai-reply 0.7 autonomous] ─sent/handoff─▶ …
    // after:  [t] ──▶ [ai: ai-reply 0.85 shadow, labelled]          (same edges)
    const before = g({ t: n.trigger(), ai: n.aiReply(0.7), x: n.resolve() });
    const after = g({ t: n.trigger(), ai: n.raw("ai-reply", { threshold: 0.85, mode: "shadow", label: "Careful reply" }), x: n.end() });
    const diff = diffGraphs(before, after);
    expect(diff.nodes.changed).toEqual([
      {
        id: "ai",
        type: "ai-reply",
        changes: [
          { path: "data.label", kind: "added", after: "Careful reply" },
          { path: "data.mode", kind: "changed", before: "autonomous", after: "shadow" },
          { path: "data.threshold", kind: "changed", before: 0.7, after: 0.85 },
        ],
      },
      { id: "x", type: "end", changes: [{ path: "type", kind: "changed", before: "resolve", after: "end" }] },
    ]);
    expect(diff.behaviourUnchanged).toBe(false);
  });

  it("reports a position-only change as moved, not changed", () => {
    // [t] ──▶ [r]   with r dragged 40px to the right
    const before = g({ t: n.trigger(), r: n.route("general") }, ["t -> r"]);
    const after = structuredClone(before);
    after.nodes[1]!.position.x += 40;
    const diff = diffGraphs(before, after);
    expect(diff.nodes.moved).toEqual(["r"]);
    expect(diff.nodes.changed).toEqual([]);
    expect(diff.behaviourUnchanged).toBe(true);
    expect(diff.identical).toBe(false);
  });

  it("finds nothing between a graph and its copy with keys in another order (as jsonb returns them)", () => {
    const example = EXAMPLES.find((e) => e.slug === "intent-routing")!.graph;
    const reordered = JSON.parse(JSON.stringify(example, (_k, v: unknown) => (v && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).reverse()) : v)));
    const diff = diffGraphs(example, reordered);
    expect(diff.identical).toBe(true);
    expect(diff.behaviourUnchanged).toBe(true);
  });
});

describe("diffGraphs: lists inside node config", () => {
  // [t] ──▶ [s: switch] ─cards─▶ [a]   ─billing─▶ [b]   ─fallback─▶ [f]
  const cardsRule = all(eq("intent.label", "card_issue"));
  const billingRule = all(eq("intent.label", "billing"));
  const sw = (...cases: Array<[string, string, unknown]>) => g({ t: n.trigger(), s: n.switch(...cases) });

  it("matches switch cases by id: an inserted case is one addition, not a shift of every later case", () => {
    const before = sw(["cards", "Cards", cardsRule], ["billing", "Billing", billingRule]);
    const after = sw(["refunds", "Refunds", all(eq("intent.label", "refund"))], ["cards", "Cards", cardsRule], ["billing", "Billing", billingRule]);
    const [change] = diffGraphs(before, after).nodes.changed;
    expect(change?.changes).toEqual([
      { path: "data.cases[refunds]", kind: "added", after: { id: "refunds", label: "Refunds", rules: all(eq("intent.label", "refund")) } },
    ]);
  });

  it("names the case and the rule field that changed, and reports a new case order", () => {
    const before = sw(["cards", "Cards", cardsRule], ["billing", "Billing", billingRule]);
    const after = sw(["billing", "Billing and fees", all(eq("intent.label", "fees"))], ["cards", "Cards", cardsRule]);
    const [change] = diffGraphs(before, after).nodes.changed;
    expect(change?.changes).toEqual([
      { path: "data.cases[billing].label", kind: "changed", before: "Billing", after: "Billing and fees" },
      { path: "data.cases[billing].rules.rules.0.value", kind: "changed", before: "billing", after: "fees" },
      { path: "data.cases", kind: "reordered", before: ["cards", "billing"], after: ["billing", "cards"] },
    ]);
  });

  it("matches score boosts by id and removes one by id", () => {
    // [t] ──▶ [p: score-priority with boosts vip(+2), angry(+1)] → boosts vip(+3)
    const before = g({ t: n.trigger(), p: n.score(["vip", all(eq("customer.enterprise", true)), 2], ["angry", all(eq("sentiment.label", "negative")), 1]) });
    const after = g({ t: n.trigger(), p: n.score(["vip", all(eq("customer.enterprise", true)), 3]) });
    const [change] = diffGraphs(before, after).nodes.changed;
    expect(change?.changes.map((c) => [c.path, c.kind, c.before, c.after])).toEqual([
      ["data.boosts[vip].points", "changed", 2, 3],
      ["data.boosts[angry]", "removed", expect.objectContaining({ id: "angry", points: 1 }), undefined],
    ]);
  });

  it("compares rules without ids by index, and word lists as a whole", () => {
    // [t] ──▶ [c: condition ANY(message contains cancel|legal, sentiment = negative)]
    const rule = (words: string[], sentiment: string) => ({
      kind: "group",
      match: "any",
      rules: [
        { kind: "rule", field: "message.text", op: "contains_any", values: words },
        { kind: "rule", field: "sentiment.label", op: "equals", value: sentiment },
      ],
    });
    const before = g({ t: n.trigger(), c: n.condition(rule(["cancel", "legal"], "negative")) });
    const after = g({ t: n.trigger(), c: n.condition(rule(["cancel", "legal", "lawyer"], "very_negative")) });
    const [change] = diffGraphs(before, after).nodes.changed;
    expect(change?.changes).toEqual([
      { path: "data.rules.rules.0.values", kind: "changed", before: ["cancel", "legal"], after: ["cancel", "legal", "lawyer"] },
      { path: "data.rules.rules.1.value", kind: "changed", before: "negative", after: "very_negative" },
    ]);
  });

  it("reports a rule appended to a group by its index", () => {
    const before = g({ t: n.trigger(), c: n.condition(all(eq("channel", "email"))) });
    const after = g({ t: n.trigger(), c: n.condition(all(eq("channel", "email"), eq("customer.plan", "pro"))) });
    const [change] = diffGraphs(before, after).nodes.changed;
    expect(change?.changes).toEqual([{ path: "data.rules.rules.1", kind: "added", after: eq("customer.plan", "pro") }]);
  });
});

describe("diffGraphs: edges and settings", () => {
  it("treats a re-pointed edge as removed plus added, and ignores renamed edge ids", () => {
    // before: [t] ──▶ [a: route billing]        [b: route general]
    // after:  [t] ──▶ [b: route general]        [a]   (edge id also renamed)
    const before = g({ t: n.trigger(), a: n.route("billing"), b: n.route("general") }, ["t -> a"]);
    const after = g({ t: n.trigger(), a: n.route("billing"), b: n.route("general") }, [{ id: "e1", source: "t", target: "b", sourceHandle: "next" }]);
    const diff = diffGraphs(before, after);
    expect(diff.edges.removed.map((e) => `${e.source}->${e.target}`)).toEqual(["t->a"]);
    expect(diff.edges.added.map((e) => `${e.source}:${e.sourceHandle}->${e.target}`)).toEqual(["t:next->b"]);

    const renamed = g({ t: n.trigger(), a: n.route("billing") }, [{ id: "xyz", source: "t", target: "a", sourceHandle: "next" }]);
    expect(diffGraphs(g({ t: n.trigger(), a: n.route("billing") }, ["t -> a"]), renamed).identical).toBe(true);
  });

  it("diffs flow settings by field", () => {
    const hours = (end: string) => ({ businessHours: { utcOffsetMinutes: 0, days: [1, 2, 3, 4, 5], start: "09:00", end } });
    const diff = diffGraphs(g({ t: n.trigger() }, [], hours("17:00")), g({ t: n.trigger() }, [], hours("18:00")));
    expect(diff.settings).toEqual([{ path: "settings.businessHours.end", kind: "changed", before: "17:00", after: "18:00" }]);
  });
});

describe("nodeNames", () => {
  it("names nodes by label, else by kind, preferring the later graph", async () => {
    const { nodeNames } = await import("./node-names");
    const before = g({ t: n.trigger(), r: n.raw("route", { queue: "a", label: "Old name" }) });
    const after = g({ r: n.raw("route", { queue: "a", label: "New name" }), x: n.raw("mystery", {}) });
    expect(nodeNames(before, after)).toEqual({ t: "Trigger", r: "New name", x: "mystery" });
  });
});
