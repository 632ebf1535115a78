import { expect, it } from "vitest";
import { describeValue } from "./TraceDetails";
import { alternativesSentence, detailKeyWords, stepKindTitle } from "./trace-words";
import { kindTitle } from "@/workflows/compile/describe-node";

it("shows a step's detail values by their shape", () => {
  expect(describeValue(0.91234)).toBe("0.912");
  expect(describeValue(0.8)).toBe("0.8");
  expect(describeValue(3)).toBe("3");
  expect(describeValue(true)).toBe("yes");
  expect(describeValue(["cards", "billing"])).toBe("cards, billing");
  expect(describeValue({ label: "cards", confidence: 0.9 })).toBe("Answer: cards; Confidence: 0.9");
  expect(describeValue("x".repeat(500))).toHaveLength(500);
  expect(describeValue({ text: "x".repeat(500) })).toHaveLength(400);
  expect(describeValue(null)).toBe("—");
  // Cited articles read as their titles; a lookup consulted by a draft as one line of its parts.
  expect(describeValue([{ articleId: "cmx1", title: "Change your card PIN" }, { articleId: "cmx2", title: "Lost card" }])).toBe("Change your card PIN, Lost card");
  expect(describeValue([{ nodeId: "c", says: "Enterprise account is true", was: "true" }, { nodeId: "t", says: "asked for a human", was: null }])).toBe("Enterprise account is true (was true)\nasked for a human");
  expect(describeValue([{ dataSource: "orders", status: "found", request: "/orders/48213", cached: true }])).toBe("Data source: orders; Status: found; Request: /orders/48213; This ticket's earlier result: yes");
});

it("shows the rules a condition checked and the cases a switch tried one verdict per line", () => {
  expect(
    describeValue([
      { rule: 'Sentiment equals "negative"', actual: "negative", matched: true },
      { rule: "Enterprise account is true", actual: false, matched: false },
      { rule: 'Tags contains any of "spam"', actual: ["orders"], matched: false, negated: true },
    ]),
  ).toBe('✓ Sentiment equals "negative" (was negative)\n✗ Enterprise account is true (was no)\n✓ not: Tags contains any of "spam" (was orders)');
  expect(describeValue([{ case: "cards", matched: false, checked: [] }, { case: "billing", matched: true, checked: [] }])).toBe('✗ case "cards"\n✓ case "billing"');
});

it("says a classification's runner-up intents as a sentence, and names detail keys in words", () => {
  expect(alternativesSentence([{ label: "card_arrival", confidence: 0.1234 }, { label: "billing", confidence: 0.05 }])).toBe("Also considered: card_arrival 0.12, billing 0.05.");
  expect(alternativesSentence([])).toBe("No other intent was considered.");
  expect(alternativesSentence("cards")).toBeNull();
  expect(detailKeyWords("minConfidence")).toBe("Minimum confidence");
  expect(detailKeyWords("someNewKey")).toBe("Some new key");
});

it("names a step's kind as the palette does, and an unknown recorded type as it was recorded", () => {
  expect(stepKindTitle("classify-intent")).toBe(kindTitle("classify-intent"));
  expect(stepKindTitle("classify-intent")).not.toContain("-");
  expect(stepKindTitle("retired-kind")).toBe("retired-kind");
});

it("reads a detail key it has no words for as its words", () => {
  expect(detailKeyWords("threshold")).toBe("Threshold");
  expect(detailKeyWords("matchedRule_id")).toBe("Matched rule id");
});
