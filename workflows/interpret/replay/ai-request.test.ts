import { describe, expect, it } from "vitest";
import { aiRequestOf } from "./ai-request";

describe("aiRequestOf", () => {
  it("keys a request by activity, ticket and the input's fields, without dryRun", () => {
    expect(aiRequestOf("classifyIntent", { ticketId: "t1", text: 'say "hi"\n' }).key).toBe('classifyIntent\u0000t1\u0000say "hi"\n');
    expect(aiRequestOf("detectSentiment", { ticketId: "t1", text: "x", dryRun: true }).key).toBe("detectSentiment\u0000t1\u0000x");
    expect(aiRequestOf("draftReply", { ticketId: "t2", text: "x", intent: null, maxPassages: 3 }).key).toBe("draftReply\u0000t2\u0000null\u00003\u0000x");
    expect(aiRequestOf("draftReply", { ticketId: "t2", text: "x", intent: "null", maxPassages: 3 }).key).toBe('draftReply\u0000t2\u0000"null"\u00003\u0000x');
  });

  it("gives different inputs different keys, and the same input the same key whatever order it was built in", () => {
    const a = aiRequestOf("draftReply", { maxPassages: 2, text: "x", intent: "cards", ticketId: "t" });
    const b = aiRequestOf("draftReply", { ticketId: "t", intent: "cards", text: "x", maxPassages: 2 });
    expect(a.key).toBe(b.key);
    expect(aiRequestOf("classifyIntent", { ticketId: "t", text: "x" }).key).not.toBe(aiRequestOf("detectSentiment", { ticketId: "t", text: "x" }).key);
    expect(aiRequestOf("classifyIntent", { ticketId: "t", text: "x" }).key).not.toBe(aiRequestOf("classifyIntent", { ticketId: "u", text: "x" }).key);
    expect(a.key).not.toBe(aiRequestOf("draftReply", { ticketId: "t", intent: "cards", text: "x", maxPassages: 3 }).key);
    // An unexpected extra field takes the generic path, sorted, and cannot meet a text that looks like JSON.
    const extra = aiRequestOf("classifyIntent", { ticketId: "t", text: "x", locale: "en" } as never);
    expect(extra.key).toBe('classifyIntent\u0000t\u0001{"locale":"en","text":"x"}');
    expect(aiRequestOf("classifyIntent", { ticketId: "t", text: '{"locale":"en","text":"x"}' }).key).not.toBe(extra.key);
  });
});
