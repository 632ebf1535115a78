import { describe, expect, it } from "vitest";
import { ZDraftResultSchema, ZIntentResultSchema, ZSentimentResultSchema } from "../../../workflows/interpret/activities";
import kb from "./fixtures/small-kb.json";
import { LocalProvider, NO_TRAINED_MODEL, type IntentClassifier } from "./local-provider";
import { buildKbIndex } from "./retrieval";

const index = buildKbIndex(kb);
const source = { get: async () => index, peek: () => index };

describe("LocalProvider on an in-memory KB", () => {
  const provider = new LocalProvider({ kb: source });

  it("retrieves, drafts from the best section with its citation, and validates against the activity schemas", async () => {
    const text = "The password reset email never arrived, what now?";
    const passages = await provider.retrieve(text, 3);
    expect(passages[0]).toMatchObject({ articleId: "kb-password", section: "The reset email did not arrive" });
    const draft = ZDraftResultSchema.parse(await provider.draftReply({ text, intent: "password_reset", passages }));
    expect(draft.citations).toEqual([{ articleId: "kb-password", title: "Reset your password" }]);
    expect(draft.text).toContain("Check your spam folder");
    expect(draft.text).not.toContain("Wait 30 minutes");
    expect(draft.confidence).toBeGreaterThan(0.75);
    expect(draft.model).toBe(provider.modelVersion);
  });

  it("drafts nothing for a question the KB does not answer", async () => {
    const text = "Can I get a mortgage?";
    expect(await provider.draftReply({ text, intent: null, passages: await provider.retrieve(text, 3) })).toMatchObject({ text: "", confidence: 0 });
  });

  it("falls back to the keyword classifier, saying there is no trained model yet", async () => {
    const r = ZIntentResultSchema.parse(await provider.classifyIntent("I forgot my password"));
    expect(r).toMatchObject({ label: "password_reset", model: NO_TRAINED_MODEL });
  });

  it("delegates intent to the trained model and names it in modelVersion", async () => {
    const trained: IntentClassifier = { version: "local-intent-v7-abc123", classify: async () => ({ label: "card_arrival", confidence: 0.93, alternatives: [], model: "local-intent-v7-abc123" }) };
    const withModel = new LocalProvider({ kb: source, intent: trained });
    expect(await withModel.classifyIntent("where is my card")).toMatchObject({ label: "card_arrival", confidence: 0.93 });
    expect(withModel.modelVersion).toContain("local-intent-v7-abc123");
    expect(withModel.modelVersion).toContain(`kb-${index.version}`);
    expect(provider.modelVersion).not.toBe(withModel.modelVersion);
  });

  it("detects sentiment with the lexicon and support cues", async () => {
    const s = ZSentimentResultSchema.parse(await provider.detectSentiment("Third time asking. Get me a manager!!!"));
    expect(s).toMatchObject({ label: "negative", frustrated: true, asksForHuman: true });
  });

  it("summarises a conversation for handoff", async () => {
    const { summary, model } = await provider.summarise([{ author: "customer", body: "My new card has not arrived after two weeks." }]);
    expect(summary).toBe("Customer: My new card has not arrived after two weeks.");
    expect(model).toMatch(/^extractive-v1/);
  });

  it("says the KB is not loaded yet in modelVersion before the first retrieval", () => {
    expect(new LocalProvider({ kb: { get: async () => index, peek: () => null } }).modelVersion).toContain("kb-unloaded");
  });
});
