import { describe, expect, it } from "vitest";
import { guardrailSuggestion } from "./guardrail-suggestion";

describe("guardrailSuggestion", () => {
  it("takes the sentence that commits to something, cut to a short phrase, and the agent's reason as the rule", () => {
    const form = guardrailSuggestion("Thanks for writing in. Your refund will arrive within 3 days of the request being approved by our team.", "Quoted the wrong refund window");
    expect(form).toEqual({
      rule: "Never say this again: Quoted the wrong refund window",
      kind: "phrases",
      patterns: "Your refund will arrive within 3 days of",
      categories: "",
      enabled: true,
    });
  });

  it("falls back to the first sentence and names the phrase in the rule without a reason", () => {
    const form = guardrailSuggestion("Please reinstall the app, that fixes it.", null);
    expect(form.patterns).toBe("Please reinstall the app, that fixes it");
    expect(form.rule).toBe("Never repeat an answer agents marked wrong: “Please reinstall the app, that fixes it”");
  });
});
