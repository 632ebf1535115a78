import { describe, expect, it } from "vitest";
import { compile } from "./index";
import { all, any, eq, errorsOf, flow, labelled, messagesOf, n, not, rule, type ErrorShape } from "./test-graphs";

interface Case {
  name: string;
  graph: unknown;
  expected: ErrorShape[];
  message?: string;
}

/**
 * Every case wires the rule tree into the same small graph:
 *
 *   [t: trigger] ──▶ [c: condition <rules>] ─true──▶ [y: end]
 *                                           ─false─▶ [z: end]
 */
function condition(rules: unknown, label = "Is enterprise?") {
  return flow({ t: n.trigger(), c: labelled(label, n.condition(rules)), y: n.end(), z: n.end() }, ["t -> c", "c:true -> y", "c:false -> z"]);
}

const cases: Case[] = [
  {
    name: "empty-rule-group: the root group",
    // c: ALL()
    graph: condition(all()),
    expected: [{ code: "empty-rule-group", nodeId: "c", field: "rules" }],
    message: 'Condition "Is enterprise?": the rule group is empty; add at least one rule',
  },
  {
    name: "empty-rule-group: nested groups, in switch cases and score boosts",
    // [t: trigger] ──▶ [p: score-priority boost "vip": ANY()] ──▶ [s: switch case "x": ALL( enterprise, NOT() )] ─x/fallback─▶ [e: end]
    graph: flow(
      {
        t: n.trigger(),
        p: n.score(["vip", any(), 2]),
        s: labelled("Split", n.switch(["x", "Enterprise", all(rule("customer.enterprise", "is_true"), not())])),
        e: n.end(),
      },
      ["t -> p", "p -> s", "s:x -> e", "s:fallback -> e"],
    ),
    expected: [
      { code: "empty-rule-group", nodeId: "p", field: "boosts.0.rules" },
      { code: "empty-rule-group", nodeId: "s", field: "cases.0.rules.rules.1" },
    ],
    message: 'Score priority node "p": boost "vip": the rule group is empty; add at least one rule',
  },
  {
    name: "unknown-field",
    // c: ALL( customer.vip is true )
    graph: condition(all(rule("customer.vip", "is_true"))),
    expected: [{ code: "unknown-field", nodeId: "c", field: "rules.rules.0.field" }],
    message: 'Condition "Is enterprise?": a rule tests "customer.vip", which is not a field the flow knows; pick a field from the list',
  },
  {
    name: "operator-not-for-field",
    // c: ANY( customer.enterprise equals true, ticket.priority contains any [urgent] )
    graph: condition(any(eq("customer.enterprise", true), rule("ticket.priority", "contains_any", { values: ["urgent"] }))),
    expected: [
      { code: "operator-not-for-field", nodeId: "c", field: "rules.rules.0.op" },
      { code: "operator-not-for-field", nodeId: "c", field: "rules.rules.1.op" },
    ],
    message: 'Condition "Is enterprise?": "Enterprise account" is a yes/no field, so it cannot use "equals"; use "is true" or "is false"',
  },
  {
    name: "bad-regex",
    // c: ALL( ticket.subject matches "refund(" )
    graph: condition(all(rule("ticket.subject", "matches_regex", { pattern: "refund(" }))),
    expected: [{ code: "bad-regex", nodeId: "c", field: "rules.rules.0.pattern" }],
    message: 'Condition "Is enterprise?": the pattern "refund(" for "Subject" is not a valid regular expression: a ( is never closed; to match a parenthesis itself, write \\(',
  },
  {
    name: "bad-range",
    // c: ALL( customer.contactsLast24h between 5 and 2 )
    graph: condition(all(rule("customer.contactsLast24h", "between", { min: 5, max: 2 }))),
    expected: [{ code: "bad-range", nodeId: "c", field: "rules.rules.0.min" }],
  },
  {
    name: "invalid-value: enum value not allowed, wrong type for the field",
    // c: ALL( ticket.priority in [high, critical], intent.confidence equals "high", sentiment.label equals "Negative" )
    graph: condition(
      all(rule("ticket.priority", "in", { values: ["high", "critical"] }), eq("intent.confidence", "high"), eq("sentiment.label", "Negative")),
    ),
    expected: [
      { code: "invalid-value", nodeId: "c", field: "rules.rules.0.values" },
      { code: "invalid-value", nodeId: "c", field: "rules.rules.1.value" },
    ],
    message: 'Condition "Is enterprise?": "Priority" has no value "critical"; use "low", "normal", "high" or "urgent"',
  },
];

describe("check-rules", () => {
  it.each(cases)("$name", ({ graph, expected, message }) => {
    const result = compile(graph);
    expect(errorsOf(result)).toEqual(expected);
    if (message !== undefined) expect(messagesOf(result)[0]).toBe(message);
  });
});
