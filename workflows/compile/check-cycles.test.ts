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
    name: "cycle-without-wait",
    // [t: trigger] ──▶ [a: tag] ──▶ [b: notify] ──▶ [c: route general]
    //                    ▲                              │
    //                    └──────────────────────────────┘
    graph: flow(
      { t: n.trigger(), a: labelled("Tag it", n.tag("loop")), b: labelled("Ping", n.notify()), c: labelled("To general", n.route("general")) },
      ["t -> a", "a -> b", "b -> c", "c -> a"],
    ),
    expected: [{ code: "cycle-without-wait", nodeId: "a", edgeId: "c->a" }],
    message:
      'Tag "Tag it": the steps Tag "Tag it" → Notify "Ping" → Route "To general" → Tag "Tag it" form a loop with no Wait for, so a ticket could go round forever (an SLA timer lets it straight through once its target is met or missed); add a Wait for inside the loop or break it',
  },
  {
    name: "cycle-without-wait: a self-loop",
    // [t: trigger] ──▶ [a: tag] ─┐
    //                    ▲───────┘
    graph: flow({ t: n.trigger(), a: n.tag("x") }, ["t -> a", "a -> a"]),
    expected: [{ code: "cycle-without-wait", nodeId: "a", edgeId: "a->a" }],
  },
  {
    name: "cycle-without-wait: a fast detour inside a loop that also waits",
    // [t: trigger] ──▶ [w: wait-for 1h] ─replied─▶ [a: tag] ──▶ [c: condition] ─true──▶ [w]
    //                                  ─timeout─▶ [e: end]                      ─false─▶ [a]  (a ⇄ c, no wait)
    graph: flow(
      {
        t: n.trigger(),
        w: n.waitFor("1h"),
        a: n.tag("x"),
        c: n.condition({ kind: "group", match: "all", rules: [{ kind: "rule", field: "customer.enterprise", op: "is_true" }] }),
        e: n.end(),
      },
      ["t -> w", "w:replied -> a", "w:timeout -> e", "a -> c", "c:true -> w", "c:false -> a"],
    ),
    expected: [{ code: "cycle-without-wait", nodeId: "a", edgeId: "c:false->a" }],
  },
  {
    name: "cycle-without-wait: an SLA timer alone does not break a loop",
    // [t: trigger] ──▶ [s: sla-timer 4h] ─met──────┐
    //                    ▲  ▲                       │   once the 4h have passed (or the reply came),
    //                    │  └────────── ─breached───┘   the timer decides at once on every entry
    //                    └──────────────────────────┘
    graph: flow({ t: n.trigger(), s: n.sla("4h") }, ["t -> s", "s:met -> s", "s:breached -> s"]),
    expected: [{ code: "cycle-without-wait", nodeId: "s", edgeId: "s:met->s" }],
  },
];

describe("check-cycles", () => {
  it.each(cases)("$name", ({ graph, expected, message }) => {
    const result = compile(graph);
    expect(errorsOf(result)).toEqual(expected);
    if (message !== undefined) expect(messagesOf(result)[0]).toBe(message);
  });

  it("accepts a loop that rests in a wait-for", () => {
    // [t: trigger] ──▶ [w: wait-for 4h] ─replied─▶ [n1: notify] ──▶ [w]
    //                                  ─timeout─▶ [e: end]
    const graph = flow({ t: n.trigger(), w: n.waitFor("4h"), n1: n.notify(), e: n.end() }, ["t -> w", "w:replied -> n1", "n1 -> w", "w:timeout -> e"]);
    expect(errorsOf(compile(graph))).toEqual([]);
  });
});
