import { describe, expect, it } from "vitest";
import { trainCentroidClassifier } from "./centroid-classifier";
import { tokenize } from "./tokenize";

const train = [
  ["My card was stolen yesterday", "lost_or_stolen_card"],
  ["I lost my card on the bus", "lost_or_stolen_card"],
  ["Someone stole my wallet with the card", "lost_or_stolen_card"],
  ["How do I reset my password", "password_reset"],
  ["Forgot password, cannot log in", "password_reset"],
  ["Where is my refund", "refund_status"],
  ["The refund has not arrived yet", "refund_status"],
  ["Refund still pending after two weeks", "refund_status"],
].map(([text, label]) => ({ words: tokenize(text!), label: label! }));

describe("trainCentroidClassifier", () => {
  const classifier = trainCentroidClassifier(train);

  it("assigns unseen texts to the label whose examples they resemble", () => {
    expect(classifier.classify(tokenize("my card got stolen at the station")).label).toBe("lost_or_stolen_card");
    expect(classifier.classify(tokenize("I forgot my password again")).label).toBe("password_reset");
    expect(classifier.classify(tokenize("refund not arrived")).label).toBe("refund_status");
  });

  it("scores a text that fits one label above a text that mixes two", () => {
    const strong = classifier.classify(tokenize("refund still pending"));
    const weak = classifier.classify(tokenize("refund pending, password forgot"));
    expect(strong.label).toBe("refund_status");
    expect(strong.score).toBeGreaterThan(weak.score);
  });

  it("falls back to the most common label when a text shares no word with training", () => {
    // lost_or_stolen_card and refund_status both have 3 examples; the tie breaks alphabetically.
    expect(classifier.labels).toEqual(["lost_or_stolen_card", "refund_status", "password_reset"]);
    expect(classifier.classify(tokenize("zebra giraffe"))).toEqual({ label: "lost_or_stolen_card", score: 0 });
  });

  it("refuses to train on nothing", () => {
    expect(() => trainCentroidClassifier([])).toThrow(/at least one/);
  });
});
