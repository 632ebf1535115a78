import { describe, expect, it } from "vitest";
import { aiRequestOf } from "./ai-request";

describe("aiRequestOf", () => {
  it("keys a request by activity, ticket and the input's stable JSON, without the ticket id or dryRun", () => {
    expect(aiRequestOf("classifyIntent", { ticketId: "t1", text: 'say "hi"\n' }).key).toBe('classifyIntent|t1|{"text":"say \\"hi\\"\\n"}');
    expect(aiRequestOf("detectSentiment", { ticketId: "t1", text: "x", dryRun: true }).key).toBe('detectSentiment|t1|{"text":"x"}');
    expect(aiRequestOf("draftReply", { ticketId: "t2", text: "x", intent: null, maxPassages: 3 }).key).toBe('draftReply|t2|{"intent":null,"maxPassages":3,"text":"x"}');
  });

  it("gives the same key whatever order the input was built in", () => {
    const a = aiRequestOf("draftReply", { maxPassages: 2, text: "x", intent: "cards", ticketId: "t" });
    const b = aiRequestOf("draftReply", { ticketId: "t", intent: "cards", text: "x", maxPassages: 2 });
    expect(a.key).toBe(b.key);
    // An unexpected extra field takes the generic path and still sorts.
    const extra = aiRequestOf("classifyIntent", { ticketId: "t", text: "x", locale: "en" } as never);
    expect(extra.key).toBe('classifyIntent|t|{"locale":"en","text":"x"}');
  });
});
