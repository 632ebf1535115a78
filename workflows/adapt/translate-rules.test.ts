import { describe, expect, it } from "vitest";
import type { TRuleGroup, TRuleNode } from "../model/rules";
import { labelTranslator, translateTree } from "./translate-rules";
import { labelProfiles, type TTemplateVocabulary } from "./vocabulary";

const known = new Set(["card_issue", "fraud", "general"]);
const rule = (op: "equals" | "not_equals" | "in" | "not_in", ...labels: string[]): TRuleNode =>
  op === "equals" || op === "not_equals"
    ? { kind: "rule", field: "intent.label", op, value: labels[0]! }
    : { kind: "rule", field: "intent.label", op, values: labels };
const group = (match: TRuleGroup["match"], ...rules: TRuleNode[]): TRuleGroup => ({ kind: "group", match, rules });
const enterprise: TRuleNode = { kind: "rule", field: "customer.enterprise", op: "is_true" };
// A fixed translation: the template's categories of stolen things become "fraud"; nothing else translates.
const translate = (values: readonly string[]) => [
  ...values.filter((v) => known.has(v)),
  ...(values.some((v) => v.startsWith("lost_")) && !values.includes("fraud") ? ["fraud"] : []),
];

describe("translateTree", () => {
  it("leaves rules on known labels and on other fields alone", () => {
    const tree = group("all", rule("equals", "card_issue"), enterprise);
    expect(translateTree(tree, translate, known)).toEqual({ kind: "keep", tree });
  });

  it("keeps the known labels, adds translations, and picks equals or in by how many remain", () => {
    expect(translateTree(rule("in", "card_issue", "card_arrival"), translate, known)).toEqual({ kind: "keep", tree: rule("equals", "card_issue") });
    expect(translateTree(rule("in", "card_issue", "lost_or_stolen_card"), translate, known)).toEqual({ kind: "keep", tree: rule("in", "card_issue", "fraud") });
    expect(translateTree(rule("not_in", "card_issue", "lost_card"), translate, known)).toEqual({ kind: "keep", tree: rule("not_in", "card_issue", "fraud") });
  });

  it("decides a rule left with no label, and the groups around it", () => {
    const never = rule("equals", "card_arrival");
    const always = rule("not_equals", "card_arrival");
    expect(translateTree(never, translate, known)).toEqual({ kind: "never" });
    expect(translateTree(always, translate, known)).toEqual({ kind: "always" });
    expect(translateTree(group("all", never, enterprise), translate, known)).toEqual({ kind: "never" });
    expect(translateTree(group("all", always, enterprise), translate, known)).toEqual({ kind: "keep", tree: group("all", enterprise) });
    expect(translateTree(group("any", never, enterprise), translate, known)).toEqual({ kind: "keep", tree: group("any", enterprise) });
    expect(translateTree(group("any", always, enterprise), translate, known)).toEqual({ kind: "always" });
    expect(translateTree(group("not", never), translate, known)).toEqual({ kind: "always" });
    expect(translateTree(group("not", always, enterprise), translate, known)).toEqual({ kind: "never" });
    expect(translateTree(group("any", group("all", never, enterprise), never), translate, known)).toEqual({ kind: "never" });
  });
});

describe("labelTranslator", () => {
  const vocab: TTemplateVocabulary = {
    source: "the keyword baseline",
    labels: ["card_issue", "fraud", "general"],
    abstain: ["general"],
    queues: ["general"],
    volumes: [
      { label: "card_issue", queue: null, count: 10 },
      { label: "fraud", queue: null, count: 4 },
      { label: "general", queue: null, count: 50 },
    ],
    aliases: [
      { label: "fraud", alias: "lost_or_stolen_card", count: 2 },
      { label: "fraud", alias: "compromised_card", count: 1 },
      { label: "fraud", alias: "card_arrival", count: 1 },
      { label: "card_issue", alias: "card_arrival", count: 5 },
      { label: "card_issue", alias: "lost_or_stolen_card", count: 5 },
      { label: "general", alias: "lost_or_stolen_card", count: 50 },
    ],
  };
  const t = labelTranslator(vocab, labelProfiles(vocab, "general"));

  it("adds a label when more than half of its tickets carry one of the rule's labels; never the catch-all", () => {
    expect(t(["lost_or_stolen_card", "compromised_card"])).toEqual(["fraud"]);
    // card_issue: exactly half its tickets are card_arrival, which is not more than half.
    expect(t(["card_arrival"])).toEqual([]);
    expect(t(["card_issue", "lost_or_stolen_card", "compromised_card"])).toEqual(["card_issue", "fraud"]);
  });
});
