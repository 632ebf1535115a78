import fc from "fast-check";
import { kindDef } from "../kinds";
import { LOOP_BREAKING_KINDS, NODE_KINDS, type TNodeKind } from "../model/nodes";
import { all, any, eq, not, rule } from "./test-graphs";

/**
 * fast-check generators of flow graphs for the property tests of the compiler and the interpreter. Test
 * support only (no runtime code imports it): configs are drawn from a few valid samples per kind, so random
 * graphs reach past the schemas into every check, mixed with arbitrary values that should be refused.
 */
const rules = fc.constantFrom<unknown>(
  all(eq("customer.plan", "enterprise")),
  any(eq("ticket.channel", "email"), rule("customer.enterprise", "is_true")),
  not(rule("ticket.subject", "contains_any", { values: ["refund", "cancel"] })),
  all(rule("ticket.priority", "in", { values: ["high", "urgent"] }), any(rule("customer.contactsLast24h", "gt", { value: 2 }))),
  all(),
  all(rule("ticket.body", "matches_regex", { pattern: "^order #\\d+" })),
  all(rule("no.such.field", "equals", { value: 1 })),
);

const duration = fc.constantFrom("1s", "30s", "5m", "4h", "2d", "1h30m", "0s", "0.0001s", "-1h", "soon", "400d");

/** A few configs per kind: valid ones mostly, some with a mistake the compiler must name. */
export const SAMPLE_DATA: { readonly [K in TNodeKind]: fc.Arbitrary<unknown> } = {
  trigger: fc.record({ on: fc.constantFrom("ticket.created", "ticket.updated", "customer.replied") }),
  condition: fc.record({ rules }),
  switch: fc.array(fc.tuple(fc.constantFrom("a", "b", "c", "fallback"), rules), { maxLength: 3 }).map((cases) => ({ cases: cases.map(([id, r]) => ({ id, label: `case ${id}`, rules: r })) })),
  "classify-intent": fc.constant({}),
  "detect-sentiment": fc.constant({}),
  "score-priority": fc.array(fc.tuple(rules, fc.integer({ min: -4, max: 4 })), { maxLength: 3 }).map((boosts) => ({ boosts: boosts.map(([r, points], i) => ({ id: `b${i}`, label: `boost ${i}`, rules: r, points })) })),
  "set-tier": fc.constantFrom({ tier: 1 }, { useTierMap: true }, { byIntent: { billing: 2 }, fallbackTier: 3 }, { tier: 7 }),
  route: fc.record({ queue: fc.constantFrom("general", "billing", "") }),
  lookup: fc.record({ source: fc.constantFrom("orders", " ") }),
  "ai-reply": fc.record({ threshold: fc.constantFrom(0, 0.7, 1, 1.5), mode: fc.constantFrom("shadow", "assist", "autonomous") }),
  "wait-for": fc.record({ event: fc.constantFrom("customer.replied", "agent.replied"), timeout: duration }),
  "sla-timer": fc.record({ target: fc.constantFrom("first-response", "resolution"), within: duration, businessHours: fc.boolean() }),
  escalate: fc.record({ reason: fc.constantFrom("Needs a human", ""), queue: fc.constantFrom("general", "tier-2") }),
  notify: fc.record({ channel: fc.constantFrom("#support", ""), message: fc.constantFrom("Heads up: {{ticket.subject}}", "") }),
  "set-fields": fc.constantFrom({ priority: "high" }, { status: "pending", fields: { region: "eu" } }, { priority: "sometimes" }),
  tag: fc.record({ add: fc.array(fc.constantFrom("vip", "refund", ""), { maxLength: 2 }) }),
  resolve: fc.constant({}),
  "csat-survey": fc.constantFrom({}, { question: "How did we do?" }),
  end: fc.constant({}),
};

const ID_POOL = ["t", "a", "b", "c", "d", "e", "f", "__proto__", "constructor", "toString", "x y", "é"];
const HANDLES = ["next", "true", "false", "replied", "timeout", "met", "breached", "sent", "handoff", "found", "not-found", "failed", "fallback", "a", "b", "bogus"];

const nodeArb = fc.record({
  id: fc.constantFrom(...ID_POOL),
  type: fc.constantFrom<string>(...NODE_KINDS, "teleport"),
  /** One step in eight carries an arbitrary value as its config instead of a sample of its kind. */
  arbitrary: fc.nat({ max: 7 }).map((n) => n === 0),
  arbitraryData: fc.anything(),
});

/** Any graph: random kinds and configs, edges between existing and missing ids, self loops, duplicates. */
export const anyGraph = fc
  .record({
    nodes: fc.array(nodeArb, { maxLength: 10 }),
    edges: fc.array(
      fc.record({
        id: fc.constantFrom("e1", "e2", "e3", "e4", "e5", "e6", "e7", "e8", "__proto__"),
        source: fc.constantFrom(...ID_POOL, "missing"),
        target: fc.constantFrom(...ID_POOL, "missing"),
        sourceHandle: fc.option(fc.constantFrom(...HANDLES), { nil: undefined }),
      }),
      { maxLength: 14 },
    ),
    settings: fc.option(fc.oneof(fc.constant({ businessHours: { days: [1, 2], start: "08:00", end: "18:00" } }), fc.anything()), { nil: undefined, freq: 4 }),
  })
  .chain((g) =>
    fc.tuple(...g.nodes.map((node) => (node.arbitrary ? fc.constant(node.arbitraryData) : SAMPLE_DATA[node.type as TNodeKind] ?? fc.anything()))).map((data) => ({
      nodes: g.nodes.map((node, i) => ({ id: node.id, type: node.type, position: { x: i, y: 0 }, data: data[i] })),
      edges: g.edges.map((e) => (e.sourceHandle === undefined ? { id: e.id, source: e.source, target: e.target } : e)),
      ...(g.settings === undefined ? {} : { settings: g.settings }),
    })),
  );

/** Configs that compile for each kind (the first valid sample of each). */
const VALID: { readonly [K in TNodeKind]: unknown } = {
  trigger: { on: "ticket.created" },
  condition: { rules: any(eq("customer.plan", "enterprise"), rule("ticket.body", "contains_any", { values: ["refund"] })) },
  switch: { cases: [{ id: "a", label: "Billing", rules: all(rule("ticket.subject", "contains_any", { values: ["invoice"] })) }] },
  "classify-intent": {},
  "detect-sentiment": {},
  "score-priority": { boosts: [{ id: "b", label: "VIP", rules: all(rule("customer.enterprise", "is_true")), points: 2 }] },
  "set-tier": { byIntent: { billing: 2 }, fallbackTier: 3 },
  route: { queue: "general" },
  lookup: { source: "orders" },
  "ai-reply": { threshold: 0.6, mode: "autonomous" },
  "wait-for": { event: "customer.replied", timeout: "1h" },
  "sla-timer": { target: "first-response", within: "4h" },
  escalate: { reason: "Needs a human", queue: "general" },
  notify: { channel: "#support", message: "New ticket" },
  "set-fields": { priority: "high" },
  tag: { add: ["vip"] },
  resolve: {},
  "csat-survey": {},
  end: {},
};

const BODY_KINDS = NODE_KINDS.filter((k) => k !== "trigger");

/**
 * A graph that compiles: a trigger, then steps whose outputs lead to later steps (so loops can only close
 * through a back connection into a Wait for, which is allowed), with the steps nothing reaches removed.
 */
export const compilableGraph = fc
  .record({
    on: fc.constantFrom("ticket.created", "ticket.updated", "customer.replied"),
    kinds: fc.array(fc.constantFrom(...BODY_KINDS), { minLength: 1, maxLength: 12 }),
    picks: fc.array(fc.nat(), { minLength: 64, maxLength: 64 }),
  })
  .map(({ on, kinds, picks }) => {
    const ids = ["trigger", ...kinds.map((k, i) => `${k}-${i}`)];
    const allKinds: TNodeKind[] = ["trigger", ...kinds];
    let pick = 0;
    const next = () => picks[pick++ % picks.length]!;
    const edges: Array<{ id: string; source: string; target: string; sourceHandle: string }> = [];
    allKinds.forEach((kind, i) => {
      const data = i === 0 ? { on } : VALID[kind];
      kindDef(kind).outputs(data as never).forEach((handle, h) => {
        const later = ids.length - i - 1;
        const resting = ids.filter((_, j) => j <= i && j > 0 && LOOP_BREAKING_KINDS.has(allKinds[j]!));
        const back = resting.length > 0 && next() % 5 === 0;
        if (!back && later === 0) return;
        // The first output mostly leads to the very next step, so most steps stay reachable.
        const skip = h === 0 && next() % 3 !== 0 ? 0 : next() % later;
        const target = back ? resting[next() % resting.length]! : ids[i + 1 + skip]!;
        if (!handle.required && next() % 2 === 0) return;
        edges.push({ id: `${ids[i]}:${handle.id}`, source: ids[i]!, target, sourceHandle: handle.id });
      });
    });
    // Outputs left open (a last step with outputs) lead to a closing End step.
    const nodes = allKinds.map((kind, i) => ({ id: ids[i]!, type: kind, position: { x: i * 200, y: 0 }, data: i === 0 ? { on } : VALID[kind] }));
    nodes.push({ id: "final", type: "end", position: { x: 0, y: 200 }, data: {} });
    for (const [i, kind] of allKinds.entries()) {
      for (const handle of kindDef(kind).outputs((i === 0 ? { on } : VALID[kind]) as never)) {
        if (handle.required && !edges.some((e) => e.source === ids[i] && e.sourceHandle === handle.id)) {
          edges.push({ id: `${ids[i]}:${handle.id}`, source: ids[i]!, target: "final", sourceHandle: handle.id });
        }
      }
    }
    return pruneUnreachable({ nodes, edges });
  });

function pruneUnreachable<G extends { nodes: Array<{ id: string }>; edges: Array<{ source: string; target: string }> }>(graph: G): G {
  const reached = new Set(["trigger"]);
  const queue = ["trigger"];
  for (let head = 0; head < queue.length; head++) {
    for (const e of graph.edges) {
      if (e.source === queue[head] && !reached.has(e.target)) {
        reached.add(e.target);
        queue.push(e.target);
      }
    }
  }
  return { ...graph, nodes: graph.nodes.filter((n) => reached.has(n.id)), edges: graph.edges.filter((e) => reached.has(e.source)) };
}
