import { describe, expect, it } from "vitest";
import { GRAPH_LIMITS } from "../model/limits";
import { compile } from "./index";
import { all, eq, errorsOf, flow, labelled, messagesOf, n, type ErrorShape } from "./test-graphs";

/** A rule group nested `depth` groups deep (the outermost counts), holding one rule at the bottom. */
function nested(depth: number): unknown {
  let group: unknown = all(eq("customer.plan", "pro"));
  for (let i = 1; i < depth; i++) group = all(group);
  return group;
}

interface Case {
  name: string;
  graph: unknown;
  expected: ErrorShape[];
  message?: string;
}

const cases: Case[] = [
  {
    name: "too many steps",
    // [t: trigger]  [e0: end]  [e1: end]  …  [e1000: end]      (1,002 steps)
    graph: flow(Object.fromEntries([["t", n.trigger()], ...Array.from({ length: GRAPH_LIMITS.nodes + 1 }, (_, i) => [`e${i}`, n.end()])])),
    expected: [{ code: "too-large", field: "nodes" }],
    message: "This flow has 1,002 steps; a flow can have at most 1,000, so split it into smaller flows",
  },
  {
    name: "rule groups nested deeper than allowed",
    // [t: trigger] ──▶ [c: condition ALL(ALL(ALL(… 9 deep …)))] ─true──▶ [y: end]
    //                                                           ─false─▶ [z: end]
    graph: flow({ t: n.trigger(), c: labelled("Deep", n.condition(nested(9))), y: n.end(), z: n.end() }, ["t -> c", "c:true -> y", "c:false -> z"]),
    expected: [{ code: "too-large", nodeId: "c", field: "rules.rules.0.rules.0.rules.0.rules.0.rules.0.rules.0.rules.0.rules.0" }],
    message: 'Condition "Deep": its rule groups nest 9 deep; groups can nest at most 8 deep, so flatten some of them',
  },
  {
    name: "a rule tree ten thousand groups deep is refused, not a stack overflow",
    // [t: trigger] ──▶ [c: condition ALL(ALL(… 10,000 deep …))]
    graph: flow({ t: n.trigger(), c: n.condition(nested(10_000)) }, ["t -> c"]),
    expected: [
      { code: "too-large", nodeId: "c" },
      { code: "too-large", nodeId: "c", field: "rules.rules.0.rules.0.rules.0.rules.0.rules.0.rules.0.rules.0.rules.0" },
      { code: "too-large", nodeId: "c" },
    ],
    message: 'Condition node "c": its settings nest 20,002 levels deep; settings can nest at most 40 levels',
  },
  {
    name: "too many rules in one step",
    // [t: trigger] ──▶ [c: condition ALL(rule × 200)] ─true/false─▶ [y], [z]
    graph: flow(
      { t: n.trigger(), c: n.condition(all(...Array.from({ length: GRAPH_LIMITS.rulesPerNode }, () => eq("customer.plan", "pro")))), y: n.end(), z: n.end() },
      ["t -> c", "c:true -> y", "c:false -> z"],
    ),
    expected: [{ code: "too-large", nodeId: "c" }],
    message: 'Condition node "c": its conditions hold 201 rules and groups; one step can hold at most 200, so split them over several steps',
  },
  {
    name: "a text over the length limit",
    // [t: trigger] ──▶ [p: notify "xxxx…" (10,001 characters)] ──▶ [e: end]
    graph: flow({ t: n.trigger(), p: n.raw("notify", { channel: "#support", message: "x".repeat(GRAPH_LIMITS.textLength + 1) }), e: n.end() }, ["t -> p", "p -> e"]),
    expected: [{ code: "too-large", nodeId: "p", field: "message" }],
    message: 'Notify node "p": message is 10,001 characters long; a text can be at most 10,000 characters, so shorten it',
  },
  {
    name: "a list over the item limit",
    // [t: trigger] ──▶ [g: tag with 501 tags] ──▶ [e: end]
    graph: flow({ t: n.trigger(), g: n.tag(...Array.from({ length: GRAPH_LIMITS.listItems + 1 }, (_, i) => `tag${i}`)), e: n.end() }, ["t -> g", "g -> e"]),
    expected: [{ code: "too-large", nodeId: "g", field: "add" }],
    message: 'Tag node "g": add has 501 items; a list can have at most 500',
  },
  {
    name: "a step id over the length limit",
    // [t: trigger] ──▶ [xxxx…: end]
    graph: flow({ t: n.trigger(), ["x".repeat(GRAPH_LIMITS.idLength + 1)]: n.end() }),
    expected: [{ code: "too-large", field: "nodes.1.id" }],
    message: "A step's id is 201 characters long; it can be at most 200 characters",
  },
  {
    name: "right at every limit compiles",
    // [t: trigger] ──▶ [c: condition, groups 8 deep] ─true─▶ [g: tag × 500] ──▶ [y: end]
    //                                                ─false─▶ [z: end]
    graph: flow(
      {
        t: n.trigger(),
        c: n.condition(nested(GRAPH_LIMITS.ruleGroupDepth)),
        g: n.tag(...Array.from({ length: GRAPH_LIMITS.listItems }, (_, i) => `tag${i}`)),
        y: labelled("y".repeat(120), n.end()),
        z: n.raw("escalate", { reason: "r".repeat(GRAPH_LIMITS.textLength) }),
      },
      ["t -> c", "c:true -> g", "g -> y", "c:false -> z"],
    ),
    expected: [],
  },
];

describe("size limits", () => {
  it.each(cases)("$name", ({ graph, expected, message }) => {
    const result = compile(graph);
    expect(errorsOf(result)).toEqual(expected);
    if (message !== undefined) expect(messagesOf(result)[0]).toBe(message);
  });
});

describe("durations", () => {
  const waitGraph = (timeout: string) =>
    // [t: trigger] ──▶ [w: wait-for <timeout>] ─replied─▶ [a: end]
    //                                          ─timeout─▶ [b: end]
    flow({ t: n.trigger(), w: n.waitFor(timeout), a: n.end(), b: n.end() }, ["t -> w", "w:replied -> a", "w:timeout -> b"]);
  const slaGraph = (within: string) =>
    // [t: trigger] ──▶ [s: sla-timer <within>] ─met─▶ [a: end]
    //                                          ─breached─▶ [b: end]
    flow({ t: n.trigger(), s: n.sla(within), a: n.end(), b: n.end() }, ["t -> s", "s:met -> a", "s:breached -> b"]);

  it.each(["0.0001s", "0.5s", "0s"])("a wait of %s is refused", (timeout) => {
    expect(errorsOf(compile(waitGraph(timeout)))).toEqual([{ code: "bad-duration", nodeId: "w", field: "timeout" }]);
  });

  it("says what the shortest wait is", () => {
    expect(messagesOf(compile(waitGraph("0.0001s")))).toEqual(['Wait for node "w": the timeout "0.0001s" is shorter than 1s; use at least 1s, such as 30s or 5m']);
  });

  it("an SLA target under a second or over a year is refused", () => {
    expect(messagesOf(compile(slaGraph("0.2s")))).toEqual(['SLA timer node "s": the SLA target "0.2s" is shorter than 1s; use at least 1s, such as 30s or 5m']);
    expect(messagesOf(compile(slaGraph("400d")))).toEqual(['SLA timer node "s": the SLA target "400d" is longer than 366d; use at most 366d']);
    expect(messagesOf(compile(slaGraph(`${"9".repeat(400)}d`)))[0]).toContain("is longer than 366d");
  });

  it.each(["1s", "1.5s", "366d"])("%s is accepted", (text) => {
    expect(errorsOf(compile(waitGraph(text)))).toEqual([]);
    expect(errorsOf(compile(slaGraph(text)))).toEqual([]);
  });
});
