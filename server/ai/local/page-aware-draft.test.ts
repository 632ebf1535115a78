import { describe, expect, it } from "vitest";
import { answerAiActivity } from "../answer-ai-activity";
import { LocalProvider } from "./local-provider";
import { buildKbIndex } from "./retrieval";

/** Two articles that answer "cancel" about equally well; the transfers one is tagged for the transfers pages. */
const index = buildKbIndex([
  { id: "kb-orders", title: "Cancel an order", body: "# Cancel an order\n\nTo cancel an order, open Orders and tap Cancel before it ships." },
  { id: "kb-transfers", title: "Cancel a transfer", body: "# Cancel a transfer\n\nTo cancel a transfer, open Transfers and tap Cancel while it is pending.", pages: ["/transfers"] },
]);
const provider = new LocalProvider({ kb: { get: async () => index, peek: () => index } });
const input = { ticketId: "t1", text: "How do I cancel it?", intent: null, maxPassages: 3 };

describe("a local draft on the customer's page", () => {
  it("cites the article tagged for the page and says the page changed the answer", async () => {
    const elsewhere = await answerAiActivity(provider, "draftReply", { ...input, pageUrl: "https://bank.example/help" });
    const onTransfers = await answerAiActivity(provider, "draftReply", { ...input, pageUrl: "https://bank.example/transfers/123" });
    // Without a matching page both drafts would cite the same article; the page makes the difference.
    expect(elsewhere.citations.map((c) => c.articleId)).not.toEqual(onTransfers.citations.map((c) => c.articleId));
    expect(onTransfers.citations).toEqual([{ articleId: "kb-transfers", title: "Cancel a transfer" }]);
    expect(onTransfers.page).toEqual({ url: "https://bank.example/transfers/123", matched: [{ articleId: "kb-transfers", title: "Cancel a transfer" }], changedAnswer: true });
    expect(elsewhere.page).toEqual({ url: "https://bank.example/help", matched: [], changedAnswer: false });
  });
});
