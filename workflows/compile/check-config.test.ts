import { describe, expect, it } from "vitest";
import type { CompileOptions } from "../model/plan";
import { compile } from "./index";
import { all, eq, errorsOf, flow, labelled, messagesOf, n, type ErrorShape } from "./test-graphs";

interface Case {
  name: string;
  graph: unknown;
  options?: CompileOptions;
  expected: ErrorShape[];
  message?: string;
}

const queues: CompileOptions = { knownQueues: ["billing", "general", "escalations"] };

const cases: Case[] = [
  {
    name: "unknown-queue: route and escalate",
    // [t: trigger] ──▶ [e: escalate → "VIP"] ──▶ [r: route "Billing"]
    graph: flow({ t: n.trigger(), e: n.escalate("Angry", "VIP"), r: labelled("To billing", n.route("Billing")) }, ["t -> e", "e -> r"]),
    options: queues,
    expected: [
      { code: "unknown-queue", nodeId: "e", field: "queue" },
      { code: "unknown-queue", nodeId: "r", field: "queue" },
    ],
    message: 'Escalate node "e": there is no queue "VIP" in this workspace; pick one of "billing", "general" or "escalations"',
  },
  {
    name: "unknown-queue is not checked without knownQueues",
    // [t: trigger] ──▶ [r: route "anything"]
    graph: flow({ t: n.trigger(), r: n.route("anything") }, ["t -> r"]),
    expected: [],
  },
  {
    name: "negative-duration",
    // [t: trigger] ──▶ [w: wait-for "-30m"] ─replied─▶ [a: end]
    //                                       ─timeout─▶ [b: end]
    graph: flow({ t: n.trigger(), w: labelled("Wait for reply", n.waitFor("-30m")), a: n.end(), b: n.end() }, ["t -> w", "w:replied -> a", "w:timeout -> b"]),
    expected: [{ code: "negative-duration", nodeId: "w", field: "timeout" }],
    message: 'Wait for "Wait for reply": the timeout "-30m" is negative; use a positive duration such as 30m, 4h or 2d',
  },
  {
    name: "bad-duration: malformed and zero",
    // [t: trigger] ──▶ [s: sla-timer "soon"] ─met──────▶ [z: sla-timer "0h"] ─met/breached─▶ [e: end]
    //                                       ─breached─▶ [e]
    graph: flow(
      { t: n.trigger(), s: n.sla("soon"), z: n.sla("0h"), e: n.end() },
      ["t -> s", "s:met -> z", "s:breached -> e", "z:met -> e", "z:breached -> e"],
    ),
    expected: [
      { code: "bad-duration", nodeId: "s", field: "within" },
      { code: "bad-duration", nodeId: "z", field: "within" },
    ],
    message: 'SLA timer node "s": the SLA target "soon" is not a duration; write it like 90s, 30m, 4h, 2d or 1h30m',
  },
  {
    name: "duplicate-case-id (and the reserved fallback id)",
    // [t: trigger] ──▶ [s: switch  a | a | fallback] ─a────────▶ [r: route general]
    //                                                ─fallback─▶ [r]
    graph: flow(
      {
        t: n.trigger(),
        s: labelled("By intent", n.switch(["a", "Cards", all(eq("intent.label", "card_issue"))], ["a", "Billing", all(eq("intent.label", "billing"))], ["fallback", "Other", all(eq("intent.label", "general"))])),
        r: n.route("general"),
      },
      ["t -> s", "s:a -> r", "s:fallback -> r"],
    ),
    expected: [
      { code: "duplicate-case-id", nodeId: "s", field: "cases.1.id" },
      { code: "duplicate-case-id", nodeId: "s", field: "cases.2.id" },
    ],
    message: 'Switch "By intent": cases "Cards" and "Billing" share the id "a"; each case needs its own id because it names an output',
  },
];

describe("check-config", () => {
  it.each(cases)("$name", ({ graph, options, expected, message }) => {
    const result = compile(graph, options);
    expect(errorsOf(result)).toEqual(expected);
    if (message !== undefined) expect(messagesOf(result)[0]).toBe(message);
  });

  it("suggests the queue that differs only in case", () => {
    const result = compile(flow({ t: n.trigger(), r: n.route("Billing") }, ["t -> r"]), queues);
    expect(messagesOf(result)).toEqual(['Route node "r": there is no queue "Billing" in this workspace; did you mean "billing"?']);
  });
});
