import { describe, expect, it } from "vitest";
import { flow, n } from "../compile/test-graphs";
import type { TRule, TRuleGroup } from "../model/rules";
import { initialState } from "./advance";
import { evaluateGroup, type LeafVerdict } from "./evaluate-rules";
import { planOf, ticket } from "./test-driver";
import { ticketViewOf } from "./ticket-view";
import type { RunState } from "./types";

/** Every operator on the compiled evaluator, with the edge cases each must get right (unknown values, case, lists). */
const plan = planOf(flow({ t: n.trigger(), e: n.end() }, ["t -> e"]));
const state: RunState = {
  ...initialState(),
  status: "running",
  now: "2026-03-02T10:00:00.000Z",
  ticket: ticketViewOf(ticket({ subject: "Cancel my Card!", body: "It was stolen_yesterday", tags: ["VIP", "billing"], priority: "high" }, { contactsLast24h: 3, plan: " Pro " })),
  facts: { intent: null, sentiment: { label: "negative", score: -0.5, frustrated: false }, asksForHuman: null, priorityScore: null, lookups: {} },
};
// Loosely typed on purpose: a table of leaves of every operator.
const rule = (r: { field: string; op: TRule["op"]; [k: string]: unknown }) => ({ kind: "rule", ...r }) as TRule;
const CASES: Array<[TRule, boolean]> = [
  [rule({ field: "ticket.subject", op: "contains_any", values: ["CARD", "refund"] }), true],
  [rule({ field: "ticket.subject", op: "contains_any", values: ["car"] }), false],
  [rule({ field: "ticket.body", op: "contains_any", values: ["stolen"] }), true], // "_" separates words
  [rule({ field: "ticket.subject", op: "contains_none", values: ["refund"] }), true],
  [rule({ field: "ticket.subject", op: "contains_none", values: ["cancel my"] }), false],
  [rule({ field: "ticket.tags", op: "contains_any", values: ["vip"] }), true],
  [rule({ field: "ticket.tags", op: "contains_none", values: ["spam"] }), true],
  [rule({ field: "ticket.subject", op: "matches_regex", pattern: "^cancel\\b" }), true],
  [rule({ field: "customer.plan", op: "equals", value: "pro" }), true],
  [rule({ field: "customer.plan", op: "not_equals", value: "PRO" }), false],
  [rule({ field: "intent.label", op: "not_equals", value: "x" }), false], // unknown is never "not x"
  [rule({ field: "ticket.priority", op: "in", values: ["urgent", "HIGH"] }), true],
  [rule({ field: "customer.contactsLast24h", op: "in", values: [3, "3"] }), true],
  [rule({ field: "intent.label", op: "not_in", values: ["a"] }), false],
  [rule({ field: "ticket.priority", op: "not_in", values: ["low"] }), true],
  [rule({ field: "customer.contactsLast24h", op: "gt", value: 2 }), true],
  [rule({ field: "customer.contactsLast24h", op: "gte", value: 4 }), false],
  [rule({ field: "sentiment.score", op: "lt", value: 0 }), true],
  [rule({ field: "sentiment.score", op: "lte", value: -0.6 }), false],
  [rule({ field: "customer.contactsLast24h", op: "between", min: 3, max: 5 }), true],
  [rule({ field: "intent.confidence", op: "gt", value: -1 }), false], // unknown number
  [rule({ field: "customer.enterprise", op: "is_false" }), true],
  [rule({ field: "sentiment.frustrated", op: "is_true" }), false],
  [rule({ field: "message.asksForHuman", op: "is_false" }), false], // unknown is neither
  [rule({ field: "ticket.pageUrl", op: "is_empty" }), true],
  [rule({ field: "ticket.tags", op: "is_not_empty" }), true],
];

describe("evaluateGroup", () => {
  it.each(CASES)("%o holds: %s", (leaf, expected) => {
    const seen: LeafVerdict[] = [];
    expect(evaluateGroup({ kind: "group", match: "all", rules: [leaf] }, state, plan, seen)).toBe(expected);
    expect(seen).toEqual([expect.objectContaining({ matched: expected })]);
  });

  it("short-circuits ANY and ALL, and marks the leaves under NOT as negated", () => {
    const hit = rule({ field: "customer.enterprise", op: "is_false" });
    const miss = rule({ field: "customer.enterprise", op: "is_true" });
    const group: TRuleGroup = {
      kind: "group",
      match: "all",
      rules: [
        { kind: "group", match: "any", rules: [hit, miss] },
        { kind: "group", match: "not", rules: [miss, miss] },
        { kind: "group", match: "all", rules: [miss, hit] },
      ],
    };
    const seen: LeafVerdict[] = [];
    expect(evaluateGroup(group, state, plan, seen)).toBe(false);
    expect(seen.map((l) => [l.matched, l.negated ?? false])).toEqual([
      [true, false],
      [false, true],
      [false, true],
      [false, false],
    ]);
    expect(seen[0]!.rule).toBe("Enterprise account is false");
  });
});
