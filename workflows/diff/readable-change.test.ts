import { describe, expect, it } from "vitest";
import { diffGraphs } from "./diff-graphs";
import { readableChange, readablePath } from "./readable-change";
import { readableValue } from "./readable-value";

const rule = (id: string, value: string) => ({ kind: "rule", id, field: "intent.label", op: "equals", value });
const switchNode = (cardsValue: string, extra: object = {}) => ({
  id: "route-by-intent",
  type: "switch",
  position: { x: 0, y: 0 },
  data: {
    label: "Route by intent",
    cases: [
      { id: "cards", label: "Cards", rules: { kind: "group", match: "any", rules: [rule("r1", cardsValue), rule("r2", "card_declined")] } },
      { id: "billing", label: "Billing", rules: { kind: "group", match: "all", rules: [rule("r3", "billing")] } },
    ],
    ...extra,
  },
});
const graph = (node: object) => ({ nodes: [node], edges: [], settings: {} }) as never;

function words(before: object, after: object) {
  const diff = diffGraphs(graph(before), graph(after));
  const node = diff.nodes.changed[0]!;
  return node.changes.map((c) => readableChange(c, { before, after }));
}

describe("readable diff", () => {
  it("names a case by its label and a rule by its position, not by their ids and list indexes", () => {
    expect(words(switchNode("card_issue"), switchNode("card_arrival"))).toEqual([{ where: "Case 'Cards': rule 1 value", before: "card_issue", after: "card_arrival" }]);
  });

  it("words fields, operators and matches as the rule builder does", () => {
    const before = switchNode("card_issue");
    const after = structuredClone(before);
    after.data.cases[1]!.rules.match = "any";
    (after.data.cases[1]!.rules.rules[0] as Record<string, unknown>).field = "ticket.channel";
    expect(words(before, after)).toEqual([
      { where: "Case 'Billing': match", before: "all of", after: "any of" },
      { where: "Case 'Billing': rule 1 field", before: "Intent", after: "Channel" },
    ]);
    expect(readableValue("contains_any", "op")).toBe("contains any of");
  });

  it("names a node's own settings with the panel's words", () => {
    const before = { id: "reply", type: "ai-reply", position: { x: 0, y: 0 }, data: { label: "Answer", threshold: 0.7, mode: "shadow" } };
    const after = { ...before, data: { ...before.data, threshold: 0.8 } };
    expect(words(before, after)).toEqual([{ where: "Confidence threshold", before: "0.7", after: "0.8" }]);
  });

  it("describes an added rule and a new case order in words", () => {
    const before = switchNode("card_issue");
    const after = structuredClone(before);
    after.data.cases[1]!.rules.rules.push(rule("r4", "refund") as never);
    after.data.cases.reverse();
    expect(words(before, after)).toEqual([
      { where: "Case 'Billing': rule 2", before: undefined, after: "Intent equals refund" },
      { where: "Cases order", before: "Cards, Billing", after: "Billing, Cards" },
    ]);
  });

  it("reads nested groups and a condition's rules", () => {
    const data = { label: "VIP?", rules: { kind: "group", match: "all", rules: [{ kind: "group", match: "any", rules: [rule("a", "x"), rule("b", "y")] }] } };
    expect(readablePath("data.rules.rules.0.rules.1.value", { data })).toBe("Group 1 rule 2 value");
    expect(readablePath("data.label", { data })).toBe("Name");
  });
});
