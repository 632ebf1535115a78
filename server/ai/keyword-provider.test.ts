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

describe("keyword provider on the customer's page", () => {
  const tagged = new KeywordProvider({
    list: async () => [
      { id: "order", title: "Cancel an order", body: "Open Orders and choose the order before it ships." },
      { id: "transfer", title: "Pending transfers", body: "A pending transfer can be cancelled: open the transfer and press cancel.", pages: ["/payments/transfers"] },
    ],
  });

  it("puts a tagged article first when it matches about as well, without changing its score", async () => {
    const plain = await tagged.retrieve("cancel it", 2);
    expect(plain.map((p) => p.articleId)).toEqual(["order", "transfer"]);
    const onPage = await tagged.retrieve("cancel it", 2, { pageUrl: "https://app.example.com/payments/transfers/42" });
    expect(onPage.map((p) => [p.articleId, p.pageMatch])).toEqual([["transfer", true], ["order", false]]);
    expect(onPage[0]!.score).toBe(plain[1]!.score);
  });

  it("lets a much better word match win over the page", async () => {
    const onPage = await tagged.retrieve("cancel order orders ships", 2, { pageUrl: "https://app.example.com/payments/transfers" });
    expect(onPage[0]).toMatchObject({ articleId: "order", pageMatch: false });
  });
});
