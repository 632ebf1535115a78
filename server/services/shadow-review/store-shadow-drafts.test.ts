import { describe, expect, it } from "vitest";
import { splitShadowDrafts } from "./store-shadow-drafts";

const at = "2026-03-02T10:00:00.000Z";

describe("splitShadowDrafts", () => {
  it("moves a shadow line's text out of its details and leaves every other line alone", () => {
    const tag = { seq: 1, at, nodeId: "t", nodeType: "tag", decision: "tag", reason: "r", details: { draft: "not a reply" } };
    const shadow = {
      seq: 2,
      at,
      nodeId: "ai",
      nodeType: "ai-reply",
      decision: "shadow",
      reason: "r",
      details: { confidence: 0.8, threshold: 0.7, mode: "shadow", citations: [{ articleId: "a", title: "A" }], draft: "Here is how.", intent: "reset" },
    };
    const { lines, drafts } = splitShadowDrafts([tag, shadow]);
    expect(lines[0]).toBe(tag);
    expect(lines[1]!.details).toEqual({ confidence: 0.8, threshold: 0.7, mode: "shadow", citations: [{ articleId: "a", title: "A" }], intent: "reset" });
    expect(drafts).toEqual([{ seq: 2, nodeId: "ai", intent: "reset", text: "Here is how.", citations: [{ articleId: "a", title: "A" }], confidence: 0.8, threshold: 0.7 }]);
  });

  it("finds nothing in an ai-reply line without a draft (assist and autonomous modes)", () => {
    const sent = { seq: 1, at, nodeId: "ai", nodeType: "ai-reply", decision: "send", reason: "r", details: { confidence: 0.9 } };
    expect(splitShadowDrafts([sent])).toEqual({ lines: [sent], drafts: [] });
  });
});
