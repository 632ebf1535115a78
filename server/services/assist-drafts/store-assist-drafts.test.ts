import { describe, expect, it } from "vitest";
import { splitShadowDrafts } from "../shadow-review/store-shadow-drafts";
import { splitAssistDrafts } from "./store-assist-drafts";

const at = "2026-03-02T10:00:00.000Z";
const citations = [{ articleId: "a", title: "A" }];

describe("splitAssistDrafts", () => {
  it("moves the posting line's text out of its details and leaves the shadow line and every other line alone", () => {
    const posting = {
      seq: 3,
      at,
      nodeId: "ai",
      nodeType: "ai-reply",
      decision: "draft",
      reason: "r",
      details: { confidence: 0.8, threshold: 0.6, mode: "assist", citations, draft: "Here is how.", intent: "reset" },
    };
    const noted = { seq: 4, at, nodeId: "ai", nodeType: "ai-reply", decision: "assist", reason: "r" };
    const shadow = { ...posting, seq: 5, decision: "shadow", details: { ...posting.details, mode: "shadow" } };
    const { lines, drafts } = splitAssistDrafts([posting, noted, shadow]);
    expect(lines[0]!.details).toEqual({ confidence: 0.8, threshold: 0.6, mode: "assist", citations, intent: "reset" });
    expect(lines[1]).toBe(noted);
    expect(lines[2]).toBe(shadow);
    expect(drafts).toEqual([{ seq: 3, nodeId: "ai", intent: "reset", text: "Here is how.", citations, confidence: 0.8, threshold: 0.6 }]);
    // What is left for the shadow review is its own line only.
    expect(splitShadowDrafts(lines).drafts.map((d) => d.seq)).toEqual([5]);
  });
});
