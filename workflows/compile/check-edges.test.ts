import { describe, expect, it } from "vitest";
import { compile } from "./index";
import { errorsOf, flow, labelled, messagesOf, n, type ErrorShape } from "./test-graphs";

interface Case {
  name: string;
  graph: unknown;
  expected: ErrorShape[];
  message?: string | RegExp;
}

const isEnterprise = n.condition({ kind: "group", match: "all", rules: [{ kind: "rule", field: "customer.enterprise", op: "is_true" }] });

const cases: Case[] = [
  {
    name: "edge-unknown-source",
    // [t: trigger] ──▶ [e: end]
    //      (ghost) ──▶ [e]        (source "ghost" is not on the canvas)
    graph: flow({ t: n.trigger(), e: n.end() }, ["t -> e", "ghost -> e"]),
    expected: [{ code: "edge-unknown-source", edgeId: "ghost->e" }],
  },
  {
    name: "edge-unknown-target",
    // [t: trigger] ──▶ [r: route general] ──▶ (ghost)
    graph: flow({ t: n.trigger(), r: labelled("To general", n.route("general")) }, ["t -> r", "r -> ghost"]),
    expected: [{ code: "edge-unknown-target", nodeId: "r", edgeId: "r->ghost" }],
    message: 'Route "To general": a connection leads to a node "ghost" that does not exist; connect it to a step on the canvas',
  },
  {
    name: "edge-unknown-handle: an output the kind does not have, and no handle on a two-way node",
    // [t: trigger] ──▶ [c: condition] ─maybe─▶ [a: end]
    //                                 ─true──▶ [b: end]
    //                                 ─(none)▶ [d: end]   (which output? condition has true/false)
    //                                          [e: end] ──▶ [f: end]   (end has no outputs)
    graph: flow(
      { t: n.trigger(), c: isEnterprise, a: n.end(), b: n.end(), d: n.end(), f: n.end() },
      ["t -> c", "c:maybe -> a", "c:true -> b", "c -> d", "b -> f"],
    ),
    expected: [
      { code: "edge-unknown-handle", nodeId: "c", edgeId: "c:maybe->a", handle: "maybe" },
      { code: "edge-unknown-handle", nodeId: "c", edgeId: "c->d" },
      { code: "edge-unknown-handle", nodeId: "b", edgeId: "b->f" },
      { code: "unconnected-output", nodeId: "c", handle: "false" },
    ],
    message: 'Condition node "c": has no output "maybe"; its outputs are "true" and "false"',
  },
  {
    name: "edge-into-trigger",
    // [t: trigger] ──▶ [r: route general] ──▶ [t]   (back into the trigger)
    graph: flow({ t: n.trigger(), r: n.route("general") }, ["t -> r", "r -> t"]),
    expected: [{ code: "edge-into-trigger", nodeId: "r", edgeId: "r->t" }],
  },
  {
    name: "duplicate-output",
    // [t: trigger] ──▶ [c: condition] ─true──▶ [a: route billing]
    //                                 ─true──▶ [b: route cards]    (second edge on the same output)
    //                                 ─false─▶ [z: end]
    graph: flow(
      { t: n.trigger(), c: labelled("Enterprise?", isEnterprise), a: n.route("billing"), b: n.route("cards"), z: n.end() },
      ["t -> c", "c:true -> a", "c:true -> b", "c:false -> z"],
    ),
    expected: [{ code: "duplicate-output", nodeId: "c", edgeId: "c:true->b", handle: "true" }],
    message: 'Condition "Enterprise?": the "true" output is connected twice (to Route node "a" and Route node "b"); an output leads to exactly one next step',
  },
];

describe("check-edges", () => {
  it.each(cases)("$name", ({ graph, expected, message }) => {
    const result = compile(graph);
    expect(errorsOf(result)).toEqual(expected);
    if (message !== undefined) expect(messagesOf(result)[0]).toMatch(message);
  });

  it("reads a missing sourceHandle (React Flow's default output) as next", () => {
    // [t: trigger] ──(null)──▶ [r: route general]
    const graph = flow({ t: n.trigger(), r: n.route("general") }, [{ id: "e", source: "t", target: "r", sourceHandle: null }]);
    const result = compile(graph);
    expect(result.ok && result.plan.nodes["t"]?.next).toEqual({ next: "r" });
  });
});
