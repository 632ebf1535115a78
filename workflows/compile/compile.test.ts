import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { ZFlowGraphSchema } from "../model/graph";
import type { FlowPlan } from "../model/plan";
import { BROKEN_EXAMPLES } from "../examples/broken";
import { DEMO_WORKSPACE_QUEUES, EXAMPLES } from "../examples";
import { compile } from "./index";
import { all, errorsOf, flow, labelled, n, rule } from "./test-graphs";

const knownQueues = DEMO_WORKSPACE_QUEUES;
const examplesDir = fileURLToPath(new URL("../examples/", import.meta.url));

describe("examples", () => {
  const files = readdirSync(examplesDir).filter((f) => f.endsWith(".json"));

  it("lists every example file in the index", () => {
    expect(EXAMPLES.map((e) => `${e.slug}.json`).sort()).toEqual([...files].sort());
  });

  it.each(files)("%s is a valid graph with a label on every node, drawn left to right", (file) => {
    const raw: unknown = JSON.parse(readFileSync(`${examplesDir}${file}`, "utf8"));
    const graph = ZFlowGraphSchema.parse(raw);
    for (const node of graph.nodes) expect(node.data.label, node.id).toBeTruthy();
    const x = new Map(graph.nodes.map((node) => [node.id, node.position.x]));
    for (const edge of graph.edges) expect(x.get(edge.target)!, edge.id).toBeGreaterThan(x.get(edge.source)!);
  });

  it.each(EXAMPLES)("$slug compiles with the demo workspace queues", ({ graph }) => {
    expect(errorsOf(compile(graph, { knownQueues }))).toEqual([]);
  });

  it("keeps the SLA timer at node id `sla`, one hour, reached from the route after the trigger", () => {
    const result = compile(EXAMPLES.find((e) => e.slug === "sla-escalation")!.graph, { knownQueues });
    if (!result.ok) throw new Error("sla-escalation should compile");
    expect(result.plan.entry).toEqual({ "ticket.created": "trigger" });
    expect(result.plan.nodes["route-general"]?.next).toEqual({ next: "sla" });
    expect(result.plan.nodes["sla"]).toMatchObject({ type: "sla-timer", durationMs: 3_600_000, next: { met: "end-met", breached: "escalate" } });
  });
});

describe("broken examples", () => {
  it.each(BROKEN_EXAMPLES)("$file fails with exactly the expected errors", ({ graph, expected }) => {
    const result = compile(graph, { knownQueues });
    expect(result.ok).toBe(false);
    expect(errorsOf(result).map(({ code, nodeId, edgeId }) => ({ code, nodeId, edgeId }))).toEqual(
      expected.map(({ code, nodeId, edgeId }) => ({ code, nodeId, edgeId })),
    );
  });
});

describe("compile", () => {
  it("returns every error at once, ordered by check and then by node", () => {
    // [t1: trigger] ──▶ [c: condition ALL()] ─true──▶ [r: route "nowhere"]
    // [t2: trigger]      (same event; its start is open)      ─false─▶ (open)
    // [w: wait-for "-1h"] ─replied/timeout─▶ [r]               (unreachable)
    const graph = flow(
      { t1: n.trigger(), c: n.condition(all()), r: n.route("nowhere"), t2: n.trigger(), w: n.waitFor("-1h") },
      ["t1 -> c", "c:true -> r", "w:replied -> r", "w:timeout -> r", "r -> ghost"],
    );
    expect(errorsOf(compile(graph, { knownQueues }))).toEqual([
      { code: "edge-unknown-target", nodeId: "r", edgeId: "r->ghost" },
      { code: "duplicate-trigger", nodeId: "t2", field: "on" },
      { code: "unconnected-output", nodeId: "c", handle: "false" },
      { code: "unconnected-output", nodeId: "t2", handle: "next" },
      { code: "unreachable-node", nodeId: "w" },
      { code: "empty-rule-group", nodeId: "c", field: "rules" },
      { code: "unknown-queue", nodeId: "r", field: "queue" },
      { code: "negative-duration", nodeId: "w", field: "timeout" },
    ]);
  });

  it("builds the plan of a small graph", () => {
    // [t: trigger] ──▶ [vip: condition enterprise?] ─true──▶ [r: route enterprise] ──▶ [w: wait-for 30m] ─replied─▶ [done: end]
    //                                              ─false─▶ [done]                                     ─timeout─▶ [esc: escalate]
    const graph = flow(
      {
        t: n.trigger(),
        vip: labelled("Enterprise?", n.condition(all(rule("customer.enterprise", "is_true")))),
        r: n.route("enterprise"),
        w: n.waitFor("30m"),
        esc: n.escalate("No reply in 30 minutes"),
        done: n.end(),
      },
      ["t -> vip", "vip:false -> done", "vip:true -> r", "r -> w", "w:timeout -> esc", "w:replied -> done"],
      { businessHours: { utcOffsetMinutes: 60 } },
    );
    const expected: FlowPlan = {
      planVersion: 2,
      entry: { "ticket.created": "t" },
      nodes: {
        t: { id: "t", type: "trigger", label: "When a ticket is created", config: { on: "ticket.created" }, next: { next: "vip" } },
        vip: {
          id: "vip",
          type: "condition",
          label: "Enterprise?",
          config: { label: "Enterprise?", rules: { kind: "group", match: "all", rules: [{ kind: "rule", field: "customer.enterprise", op: "is_true" }] } },
          next: { true: "r", false: "done" },
        },
        r: { id: "r", type: "route", label: "Route to enterprise", config: { queue: "enterprise", strategy: "round-robin", skills: [] }, next: { next: "w" } },
        w: {
          id: "w",
          type: "wait-for",
          label: "Wait for the customer (up to 30m)",
          config: { event: "customer.replied", timeout: "30m" },
          next: { replied: "done", timeout: "esc" },
          durationMs: 1_800_000,
        },
        esc: { id: "esc", type: "escalate", label: "Escalate to a human", config: { reason: "No reply in 30 minutes" }, next: {} },
        done: { id: "done", type: "end", label: "End", config: {}, next: {} },
      },
      businessHours: { utcOffsetMinutes: 60, days: [1, 2, 3, 4, 5], start: "09:00", end: "17:00" },
    };
    const result = compile(graph, { knownQueues });
    expect(result).toEqual({ ok: true, plan: expected });
    // Key order is part of the contract: the same graph always gives byte-identical JSON.
    expect(JSON.stringify(result.ok && result.plan)).toBe(JSON.stringify(expected));
  });

  it("is deterministic and leaves its input untouched", () => {
    for (const { graph } of EXAMPLES) {
      const before = JSON.stringify(graph);
      expect(JSON.stringify(compile(graph, { knownQueues }))).toBe(JSON.stringify(compile(graph, { knownQueues })));
      expect(JSON.stringify(graph)).toBe(before);
    }
  });
});

describe("purity", () => {
  // The Temporal workflow bundle and the browser import this folder: no I/O, clocks or randomness.
  const dir = fileURLToPath(new URL(".", import.meta.url));
  const sources = readdirSync(dir).filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"));
  it.each(sources)("%s uses no Node built-ins, clock or randomness", (file) => {
    const text = readFileSync(`${dir}${file}`, "utf8");
    expect(text).not.toMatch(/from "node:|require\(|\bDate\b|Math\.random|process\./);
  });
});
