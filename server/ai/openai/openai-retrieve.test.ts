import { describe, expect, it } from "vitest";
import type { KbPassage, TRetrieveContext } from "../provider";
import { createOpenAiProvider } from "./openai-provider";

describe("OpenAI provider retrieval", () => {
  it("stays local and hands the customer's page to the local retrieval", async () => {
    const calls: Array<[string, number, TRetrieveContext | undefined]> = [];
    const passage: KbPassage = { articleId: "kb-1", title: "Pending transfers", text: "…", score: 0.6, pageMatch: true };
    // No server listens here: retrieval must not reach the model.
    const provider = createOpenAiProvider({ apiKey: "test", baseURL: "http://127.0.0.1:9/v1", labels: [], retrieve: async (query, limit, context) => (calls.push([query, limit, context]), [passage]) });
    expect(await provider.retrieve("cancel it", 3, { pageUrl: "https://app.example.com/payments/transfers" })).toEqual([passage]);
    expect(calls).toEqual([["cancel it", 3, { pageUrl: "https://app.example.com/payments/transfers" }]]);
  });
});
