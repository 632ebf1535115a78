import { describe, expect, it } from "vitest";
import { compile } from "./index";
import { all, eq, errorsOf, flow, labelled, messagesOf, n, type ErrorShape } from "./test-graphs";

interface Case {
  name: string;
  graph: unknown;
  expected: ErrorShape[];
  message?: string;
}

const cases: Case[] = [
  {
    name: "unconnected-output: branches left open",
    // [t: trigger] ──▶ [s: switch] ─cards────▶ [r: route cards]
    //                              ─billing──▶ (open)
    //                              ─fallback─▶ (open)
    graph: flow(
      {
        t: n.trigger(),
        s: labelled("By intent", n.switch(["cards", "Cards", all(eq("intent.label", "card_issue"))], ["billing", "Billing", all(eq("intent.label", "billing"))])),
        r: n.route("cards"),
      },
      ["t -> s", "s:cards -> r"],
    ),
    expected: [
      { code: "unconnected-output", nodeId: "s", handle: "billing" },
      { code: "unconnected-output", nodeId: "s", handle: "fallback" },
    ],
    message: 'Switch "By intent": the "Billing" output is not connected; connect it to the next step (or to an End node)',
  },
  {
    name: "unconnected-output: the trigger's start, an AI reply's handoff, an SLA timer's breach",
    // [t: trigger] ─start─▶ (open)
    // [ai: ai-reply] ─sent─▶ [done: end]        (handoff open; ai and done unreachable)
    // [sla: sla-timer] ─met─▶ [done]            (breached open; unreachable)
    graph: flow({ t: n.trigger(), ai: n.aiReply(0.7), sla: n.sla("1h"), done: n.end() }, ["ai:sent -> done", "sla:met -> done"]),
    expected: [
      { code: "unconnected-output", nodeId: "t", handle: "next" },
      { code: "unconnected-output", nodeId: "ai", handle: "handoff" },
      { code: "unconnected-output", nodeId: "sla", handle: "breached" },
      { code: "unreachable-node", nodeId: "ai" },
      { code: "unreachable-node", nodeId: "sla" },
      { code: "unreachable-node", nodeId: "done" },
    ],
  },
];

describe("check-outputs", () => {
  it.each(cases)("$name", ({ graph, expected, message }) => {
    const result = compile(graph);
    expect(errorsOf(result)).toEqual(expected);
    if (message !== undefined) expect(messagesOf(result)[0]).toBe(message);
  });

  it("lets optional outputs (next, unsure) stay open: the run ends there", () => {
    // [t: trigger] ──▶ [c: classify-intent] ─next─▶ [r: route general]   (unsure open, r's next open)
    const result = compile(flow({ t: n.trigger(), c: n.classify(), r: n.route("general") }, ["t -> c", "c -> r"]));
    expect(errorsOf(result)).toEqual([]);
  });
});
