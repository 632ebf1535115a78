import { describe, expect, it } from "vitest";
import type { CompileOptions } from "../model/plan";
import { compile } from "./index";
import { errorsOf, flow, labelled, messagesOf, n, type ErrorShape } from "./test-graphs";

interface Case {
  name: string;
  graph: unknown;
  options?: CompileOptions;
  expected: ErrorShape[];
  message?: RegExp;
}

const cases: Case[] = [
  {
    name: "invalid-graph: not an object",
    // "hello"   (a string, not { nodes, edges })
    graph: "hello",
    expected: [{ code: "invalid-graph" }],
    message: /not a flow graph/,
  },
  {
    name: "invalid-graph: nodes missing, an edge without an id",
    // { edges: [ ?? ──▶ b ] }   (no node list; the edge has no id)
    graph: { edges: [{ source: "a", target: "b" }] },
    expected: [
      { code: "invalid-graph", field: "nodes" },
      { code: "invalid-graph", field: "edges.0.id" },
    ],
    message: /nodes is missing/,
  },
  {
    name: "duplicate-node-id",
    // [t: trigger] ──▶ [r: route general]
    // [r: end]          (second node also called "r")
    graph: {
      ...flow({ t: n.trigger(), r: n.route("general") }, ["t -> r"]),
      nodes: [...flow({ t: n.trigger(), r: n.route("general") }).nodes, { id: "r", type: "end", data: {} }],
    },
    expected: [{ code: "duplicate-node-id", nodeId: "r" }],
  },
  {
    name: "duplicate-edge-id",
    // [t: trigger] ──e1──▶ [r: route general]
    //              ──e1──▶ [x: end]            (same edge id twice; x then unreachable)
    graph: flow({ t: n.trigger(), r: n.route("general"), x: n.end() }, [
      { id: "e1", source: "t", target: "r" },
      { id: "e1", source: "t", target: "x" },
    ]),
    expected: [
      { code: "duplicate-edge-id", nodeId: "t", edgeId: "e1" },
      { code: "unreachable-node", nodeId: "x" },
    ],
  },
  {
    name: "invalid-config: flow settings",
    // [t: trigger] ──▶ [e: end]     settings.businessHours.start = "9am"
    graph: flow({ t: n.trigger(), e: n.end() }, ["t -> e"], { businessHours: { start: "9am" } }),
    expected: [{ code: "invalid-config", field: "settings.businessHours.start" }],
    message: /^Flow settings: .*Use HH:MM/,
  },
];

describe("parse-graph", () => {
  it.each(cases)("$name", ({ graph, options, expected, message }) => {
    const result = compile(graph, options);
    expect(errorsOf(result)).toEqual(expected);
    if (message !== undefined) expect(messagesOf(result)[0]).toMatch(message);
  });

  it("names a labelled duplicate by its label", () => {
    const graph = flow({ t: n.trigger(), r: labelled("To billing", n.route("billing")) }, ["t -> r"]);
    graph.nodes.push({ id: "r", type: "end", position: { x: 0, y: 0 }, data: {} });
    expect(messagesOf(compile(graph))[0]).toContain('Route "To billing"');
  });
});
