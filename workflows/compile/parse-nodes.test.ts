import { describe, expect, it } from "vitest";
import { compile } from "./index";
import { all, eq, errorsOf, flow, labelled, messagesOf, n, rule, type ErrorShape } from "./test-graphs";

interface Case {
  name: string;
  graph: unknown;
  expected: ErrorShape[];
  message?: string | RegExp;
}

const cases: Case[] = [
  {
    name: "unknown-node-type",
    // [t: trigger] ──▶ [x: "teleport"] ──▶ [e: end]
    // x's outputs are unknown, so its edge is not blamed and e is still reachable
    graph: flow({ t: n.trigger(), x: n.raw("teleport", {}), e: n.end() }, ["t -> x", "x -> e"]),
    expected: [{ code: "unknown-node-type", nodeId: "x", field: "type" }],
    message: 'Node "x": there is no node type "teleport"; it may come from a newer version of the studio',
  },
  {
    name: "invalid-config: threshold outside 0–1",
    // [t: trigger] ──▶ [ai: ai-reply threshold 1.5] ─sent──▶ [done: end]
    //                                               ─handoff▶ [human: route general]
    graph: flow(
      { t: n.trigger(), ai: labelled("Answer FAQ", n.aiReply(1.5)), done: n.end(), human: n.route("general") },
      ["t -> ai", "ai:sent -> done", "ai:handoff -> human"],
    ),
    expected: [{ code: "invalid-config", nodeId: "ai", field: "threshold" }],
    message: 'AI reply "Answer FAQ": Threshold must be between 0 and 1 (it is 1.5)',
  },
  {
    name: "invalid-config: missing queue and bad strategy",
    // [t: trigger] ──▶ [r: route (no queue, strategy "random")]
    graph: flow({ t: n.trigger(), r: n.raw("route", { strategy: "random" }) }, ["t -> r"]),
    expected: [
      { code: "invalid-config", nodeId: "r", field: "queue" },
      { code: "invalid-config", nodeId: "r", field: "strategy" },
    ],
    message: 'Route node "r": queue is missing',
  },
  {
    name: "invalid-config: a rule deep in the tree has an unknown operator",
    // [t: trigger] ──▶ [c: condition ALL( intent = billing, ANY( subject ~~ "x" ) )] ─true──▶ [y: end]
    //                                                                               ─false─▶ [z: end]
    graph: flow(
      { t: n.trigger(), c: n.condition(all(eq("intent.label", "billing"), { kind: "group", match: "any", rules: [rule("ticket.subject", "~~")] })), y: n.end(), z: n.end() },
      ["t -> c", "c:true -> y", "c:false -> z"],
    ),
    expected: [{ code: "invalid-config", nodeId: "c", field: "rules.rules.1.rules.0.op" }],
    message: 'Condition node "c": "~~" is not an operator',
  },
  {
    name: "invalid-config: a switch with no cases keeps its fallback output checked",
    // [t: trigger] ──▶ [s: switch (no cases)] ─fallback─▶ [e: end]
    graph: flow({ t: n.trigger(), s: n.raw("switch", { cases: [] }), e: n.end() }, ["t -> s", "s:fallback -> e"]),
    expected: [{ code: "invalid-config", nodeId: "s", field: "cases" }],
    message: 'Switch node "s": Add at least one case',
  },
];

describe("parse-nodes", () => {
  it.each(cases)("$name", ({ graph, expected, message }) => {
    const result = compile(graph);
    expect(errorsOf(result)).toEqual(expected);
    if (message !== undefined) expect(messagesOf(result)[0]).toMatch(message);
  });
});
