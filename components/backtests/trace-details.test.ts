import { expect, it } from "vitest";
import { describeValue } from "./TraceDetails";

it("shows a step's detail values by their shape", () => {
  expect(describeValue(0.91234)).toBe("0.912");
  expect(describeValue(0.8)).toBe("0.8");
  expect(describeValue(3)).toBe("3");
  expect(describeValue(true)).toBe("yes");
  expect(describeValue(["cards", "billing"])).toBe("cards, billing");
  expect(describeValue({ label: "cards", confidence: 0.9 })).toBe('{"label":"cards","confidence":0.9}');
  expect(describeValue("x".repeat(500))).toHaveLength(500);
  expect(describeValue({ text: "x".repeat(500) })).toHaveLength(400);
  expect(describeValue(null)).toBe("—");
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
