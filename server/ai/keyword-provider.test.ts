import { describe, expect, it } from "vitest";
import { KeywordProvider } from "./keyword-provider";

const kb = {
  list: async () => [
    { id: "a1", title: "Reset your password", body: "Open Settings, choose Security and press Reset password. The link is valid for one hour." },
    { id: "a2", title: "Card delivery times", body: "New cards arrive within 5 working days. Track your card in the app." },
  ],
};
const provider = new KeywordProvider(kb);

describe("keyword provider", () => {
  it("classifies by cue words, more confident with more exclusive hits", async () => {
    const reset = await provider.classifyIntent("I forgot my password and need to reset my password");
    expect(reset.label).toBe("password_reset");
    const mixed = await provider.classifyIntent("password for my card");
    expect(mixed.confidence).toBeLessThan(reset.confidence);
    expect(mixed.alternatives.length).toBeGreaterThan(0);
  });

  it("falls back to general with low confidence when nothing matches", async () => {
    expect(await provider.classifyIntent("hello there")).toMatchObject({ label: "general", confidence: 0.3 });
  });

  it("detects negative sentiment, frustration and a request for a human", async () => {
    const s = await provider.detectSentiment("This is ridiculous, I am still waiting. Let me speak to a real person!!");
    expect(s).toMatchObject({ label: "negative", frustrated: true, asksForHuman: true });
    expect((await provider.detectSentiment("Thanks, that was great")).label).toBe("positive");
  });

  it("retrieves the best matching article first and drafts from it with a citation", async () => {
    const passages = await provider.retrieve("how do I reset my password", 2);
    expect(passages[0]?.articleId).toBe("a1");
    const draft = await provider.draftReply({ text: "reset password", intent: "password_reset", passages });
    expect(draft.citations).toEqual([{ articleId: "a1", title: "Reset your password" }]);
    expect(draft.text).toContain("Open Settings");
  });

  it("drafts nothing, with zero confidence, when no article matches", async () => {
    expect(await provider.draftReply({ text: "x", intent: null, passages: [] })).toMatchObject({ text: "", confidence: 0 });
  });
});
