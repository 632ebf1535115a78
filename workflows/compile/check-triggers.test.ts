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
    name: "no-trigger",
    // [r: route general] ──▶ [e: end]     (nothing starts the flow)
    graph: flow({ r: n.route("general"), e: n.end() }, ["r -> e"]),
    expected: [{ code: "no-trigger" }],
    message: "The flow has no trigger; add a Trigger node to say which ticket event starts it",
  },
  {
    name: "duplicate-trigger",
    // [a: trigger ticket.created] ──▶ [r: route general]
    // [b: trigger ticket.created] ──▶ [r]
    // [c: trigger customer.replied] ──▶ [r]      (a different event is fine)
    graph: flow(
      { a: labelled("New ticket", n.trigger()), b: labelled("Also new", n.trigger()), c: n.trigger("customer.replied"), r: n.route("general") },
      ["a -> r", "b -> r", "c -> r"],
    ),
    expected: [{ code: "duplicate-trigger", nodeId: "b", field: "on" }],
    message: 'Trigger "Also new": Trigger "New ticket" already starts this flow when a ticket is created; keep one trigger per event',
  },
];

describe("check-triggers", () => {
  it.each(cases)("$name", ({ graph, expected, message }) => {
    const result = compile(graph);
    expect(errorsOf(result)).toEqual(expected);
    if (message !== undefined) expect(messagesOf(result)[0]).toBe(message);
  });
});
