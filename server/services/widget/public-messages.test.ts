import { describe, expect, it } from "vitest";
import { flowSaid, publicMessages, type TStoredMessage } from "./public-messages";

const at = new Date("2026-12-01T10:00:00.000Z");
const message = (m: Partial<TStoredMessage> & Pick<TStoredMessage, "id" | "author" | "body">): TStoredMessage => ({
  authorName: null,
  internal: false,
  aiMeta: null,
  createdAt: at,
  ...m,
});

const HANDOFF = "I'm connecting you with a specialist.";
const SURVEY = "How would you rate the help you received?";
const said = flowSaid([
  { kind: "escalate", payload: { reason: "asked", customerMessage: HANDOFF, queue: "escalations" } },
  { kind: "csat-survey", payload: { body: SURVEY } },
  { kind: "route", payload: { queue: "general" } },
]);

describe("publicMessages", () => {
  it("shows the customer each public message for what it is, and never an internal note", () => {
    const shown = publicMessages(
      [
        message({ id: "1", author: "customer", authorName: "Jamie", body: "How do I change my PIN?" }),
        message({
          id: "2",
          author: "ai",
          body: "Open Cards and tap Change PIN.",
          aiMeta: { citations: [{ articleId: "a1", title: "Change your card PIN" }, { articleId: "a1", title: "Change your card PIN" }, { articleId: "a2", title: "Your card is lost or stolen" }], provider: "local" },
        }),
        message({ id: "3", author: "system", body: "Escalated: asked for a human", internal: true }),
        message({ id: "4", author: "ai", body: HANDOFF }),
        message({ id: "5", author: "agent", authorName: " Sam ", body: "Hi, Sam here." }),
        message({ id: "6", author: "ai", body: "Draft for the agent", internal: true, aiMeta: { citations: [{ articleId: "a1", title: "Change your card PIN" }] } }),
        message({ id: "7", author: "system", body: SURVEY }),
        message({ id: "8", author: "agent", body: "Anything else?" }),
      ],
      said,
    );
    expect(shown.map((m) => m.id)).toEqual(["1", "2", "4", "5", "7", "8"]);
    expect(shown[0]).toEqual({ id: "1", from: "customer", name: null, body: "How do I change my PIN?", at: at.toISOString(), sources: [], handoff: false, survey: false });
    expect(shown[1]).toMatchObject({ from: "assistant", sources: [{ title: "Change your card PIN" }, { title: "Your card is lost or stolen" }], handoff: false });
    expect(shown[2]).toMatchObject({ from: "assistant", body: HANDOFF, sources: [], handoff: true });
    expect(shown[3]).toMatchObject({ from: "agent", name: "Sam", handoff: false });
    expect(shown[4]).toMatchObject({ from: "notice", survey: true });
    expect(shown[5]).toMatchObject({ from: "agent", name: null });
  });

  it("reads AI metadata of any shape without failing", () => {
    const shown = publicMessages(
      [
        message({ id: "1", author: "ai", body: "a", aiMeta: { citations: "none" } }),
        message({ id: "2", author: "ai", body: "b", aiMeta: [1, 2] }),
        message({ id: "3", author: "ai", body: "c", aiMeta: { citations: [{ title: "  " }, { articleId: "x" }] } }),
      ],
      flowSaid([{ kind: "escalate", payload: null }, { kind: "csat-survey", payload: "odd" }]),
    );
    expect(shown.map((m) => m.sources)).toEqual([[], [], []]);
    expect(shown.every((m) => !m.handoff && !m.survey)).toBe(true);
  });
});
