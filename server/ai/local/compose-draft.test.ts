import { describe, expect, it } from "vitest";
import type { KbPassage } from "../provider";
import { composeDraft, DRAFT_CLOSING, DRAFT_GREETING, draftConfidence, MIN_DRAFT_SCORE } from "./compose-draft";

const steps: KbPassage = {
  articleId: "kb-transfer",
  title: "How long does a transfer take?",
  section: "Cancel a transfer",
  text: "You can cancel a transfer while it is pending:\n\n1. Open **Payments** and choose the transfer.\n2. Tap **Cancel transfer**.\n3. Confirm with your passcode.\n\nA transfer that has already arrived cannot be cancelled.",
  score: 0.86,
};
const prose: KbPassage = {
  articleId: "kb-fees",
  title: "Fees and exchange rates",
  section: null,
  text: "Card payments abroad use the interbank exchange rate. Our app is available in 30 languages. The office is closed on Sundays. A small fee applies to ATM withdrawals above the monthly free allowance shown in **Plan > Allowances**. We were founded in 2015.",
  score: 0.8,
};

describe("composeDraft", () => {
  it("greets, keeps a numbered procedure whole as plain text, cites the article and closes", () => {
    const draft = composeDraft({ text: "how do I cancel a transfer", passages: [steps], model: "m" });
    expect(draft.text).toBe(
      [
        DRAFT_GREETING,
        "You can cancel a transfer while it is pending:\n1. Open Payments and choose the transfer.\n2. Tap Cancel transfer.\n3. Confirm with your passcode.\nA transfer that has already arrived cannot be cancelled.",
        'More in our help article "How long does a transfer take?" (Cancel a transfer).',
        DRAFT_CLOSING,
      ].join("\n\n"),
    );
    expect(draft).toMatchObject({ citations: [{ articleId: "kb-transfer", title: "How long does a transfer take?" }], confidence: 0.86, blockedBy: null, model: "m" });
  });

  it("takes the lead sentence and the sentences that share words with the question, not the whole section", () => {
    const draft = composeDraft({ text: "is there a fee for ATM withdrawals?", passages: [prose], model: "m" });
    expect(draft.text).toContain("Card payments abroad use the interbank exchange rate. A small fee applies to ATM withdrawals");
    expect(draft.text).not.toContain("30 languages");
    expect(draft.text).not.toContain("founded");
    expect(draft.text).not.toContain("**");
  });

  it("cites the best passage only", () => {
    const draft = composeDraft({ text: "fees", passages: [prose, steps], model: "m" });
    expect(draft.citations).toEqual([{ articleId: "kb-fees", title: "Fees and exchange rates" }]);
  });

  it("drafts nothing with zero confidence without a passage or with a weak one", () => {
    expect(composeDraft({ text: "x", passages: [], model: "m" })).toMatchObject({ text: "", confidence: 0, citations: [] });
    expect(composeDraft({ text: "x", passages: [{ ...prose, score: MIN_DRAFT_SCORE - 0.01 }], model: "m" })).toMatchObject({ text: "", confidence: 0 });
  });

  it("combines retrieval and intent confidence so either being low lowers the draft's", () => {
    expect(draftConfidence(0.9)).toBe(0.9);
    expect(draftConfidence(0.9, 0.4)).toBe(0.6);
    expect(draftConfidence(0.9, 1)).toBeGreaterThan(draftConfidence(0.9, 0.8));
    expect(composeDraft({ text: "cancel transfer", passages: [steps], intentConfidence: 0.5, model: "m" }).confidence).toBeLessThan(steps.score);
  });
});
