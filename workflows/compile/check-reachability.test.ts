import { describe, expect, it } from "vitest";
import { compile } from "./index";
import { errorsOf, flow, labelled, messagesOf, n, type ErrorShape } from "./test-graphs";

interface Case {
  name: string;
  graph: unknown;
  expected: ErrorShape[];
  message?: string;
}

const cases: Case[] = [
  {
    name: "unreachable-node",
    // [t: trigger] ──▶ [r: route general]
    // [x: tag vip] ──▶ [y: end]              (nothing leads to x, so neither x nor y runs)
    graph: flow({ t: n.trigger(), r: n.route("general"), x: labelled("Tag VIP", n.tag("vip")), y: n.end() }, ["t -> r", "x -> y"]),
    expected: [
      { code: "unreachable-node", nodeId: "x" },
      { code: "unreachable-node", nodeId: "y" },
    ],
    message: 'Tag "Tag VIP": no trigger leads here, so it never runs; connect it to the flow or delete it',
  },
  {
    name: "no cascade: a node behind a bad output is still reached",
    // [t: trigger] ──▶ [c: classify] ─oops─▶ [r: route general]
    graph: flow({ t: n.trigger(), c: n.classify(), r: n.route("general") }, ["t -> c", "c:oops -> r"]),
    expected: [{ code: "edge-unknown-handle", nodeId: "c", edgeId: "c:oops->r", handle: "oops" }],
  },
];

describe("check-reachability", () => {
  it.each(cases)("$name", ({ graph, expected, message }) => {
    const result = compile(graph);
    expect(errorsOf(result)).toEqual(expected);
    if (message !== undefined) expect(messagesOf(result)[0]).toBe(message);
  });
});
