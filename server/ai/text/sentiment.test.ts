import { describe, expect, it } from "vitest";
import { ZSentimentResultSchema } from "../../../workflows/interpret/activities";
import { frustrationCues, isShouting } from "./frustration";
import { detectSentiment } from "./sentiment";

type Row = [text: string, label: "negative" | "neutral" | "positive", frustrated: boolean];

const TABLE: readonly Row[] = [
  ["Thanks, that was great", "positive", false],
  ["Perfect, it works now. Really appreciate the quick help!", "positive", false],
  ["How do I change the address on my account?", "neutral", false],
  ["Where is my card?", "neutral", false],
  ["I cannot log in", "neutral", false],
  ["My card was stolen yesterday", "negative", false],
  ["The app is not good at all", "negative", false],
  ["I am still waiting for my refund", "negative", true],
  ["This is the third time I am writing about this", "negative", true],
  ["I have already explained this twice, nobody has helped me", "negative", true],
  ["Unacceptable. Fix it.", "negative", true],
  ["Thanks for nothing", "negative", true],
  ["Great, thanks a lot, your article was no help", "negative", true],
  ["WHY IS MY ACCOUNT STILL BLOCKED", "negative", true],
  ["Fix my transfer or I will close my account and move to another bank", "negative", true],
  ["I will be contacting my lawyer about this", "negative", true],
  ["I'm going to file a chargeback with my bank", "negative", true],
  ["Where is my money?!?! I need it today!!!", "negative", true],
  ["I have been waiting for three weeks for a reply", "negative", true],
  ["Please close my account, I am moving abroad", "neutral", false],
  ["I'd like to cancel my card, I found the old one", "neutral", false],
  ["Please send the PIN for my ATM card via SMS", "neutral", false],
];

describe("detectSentiment", () => {
  it.each(TABLE)("%s -> %s, frustrated %s", (text, label, frustrated) => {
    const result = detectSentiment(text);
    expect(ZSentimentResultSchema.parse(result)).toEqual(result);
    expect({ label: result.label, frustrated: result.frustrated }).toEqual({ label, frustrated });
  });

  it("scores stay within -1..1 and order plain, annoyed and furious texts", () => {
    const plain = detectSentiment("My transfer has not arrived").score;
    const annoyed = detectSentiment("My transfer has still not arrived, this is annoying").score;
    const furious = detectSentiment("My transfer has STILL NOT ARRIVED after TWO WEEKS!!! This is unacceptable, I will sue you").score;
    expect(annoyed).toBeLessThan(plain);
    expect(furious).toBeLessThan(annoyed);
    expect(furious).toBeGreaterThanOrEqual(-1);
  });

  it("reports a request for a human alongside the sentiment", () => {
    expect(detectSentiment("Let me speak to a real person").asksForHuman).toBe(true);
    expect(detectSentiment("I don't need a person, thanks").asksForHuman).toBe(false);
  });
});

describe("frustration cues", () => {
  it("treats acronyms as words, not shouting", () => {
    expect(isShouting("My ATM PIN and IBAN do not work")).toBe(false);
    expect(isShouting("THIS IS NOT OK")).toBe(true);
  });

  it("names the cues it found", () => {
    expect(frustrationCues("still waiting, third time I ask").strong).toEqual(expect.arrayContaining(["still waiting", "repeat contact"]));
    expect(frustrationCues("Could you send it again?").strong).toEqual([]);
  });
});
