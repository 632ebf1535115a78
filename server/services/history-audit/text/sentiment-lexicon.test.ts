import { describe, expect, it } from "vitest";
import { lexiconSentiment } from "./sentiment-lexicon";

describe("lexiconSentiment", () => {
  it.each([
    ["This is unacceptable, I am furious", "negative"],
    ["Thanks, that was helpful", "positive"],
    ["How do I change my address?", "neutral"],
    ["I am not happy with this", "negative"],
    ["Not bad at all", "positive"],
    ["Great app but the card is broken and I am frustrated", "negative"],
    ["I am still waiting for my card", "negative"],
    ["My top-up is still pending", "neutral"],
    ["Please cancel my order", "neutral"],
  ] as const)("%s -> %s", (text, label) => {
    expect(lexiconSentiment(text).label).toBe(label);
  });
});
