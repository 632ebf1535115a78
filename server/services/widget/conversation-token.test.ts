import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { conversationToken, isConversationToken } from "./conversation-token";

const key = randomBytes(32);

describe("conversation tokens", () => {
  it("accepts the token made for the ticket", () => {
    expect(isConversationToken("ticket-1", conversationToken("ticket-1", key), key)).toBe(true);
  });

  it("refuses it for another ticket, under another key, altered, cut short or empty", () => {
    const token = conversationToken("ticket-1", key);
    expect(isConversationToken("ticket-2", token, key)).toBe(false);
    expect(isConversationToken("ticket-1", token, randomBytes(32))).toBe(false);
    const flipped = (token[0] === "A" ? "B" : "A") + token.slice(1);
    expect(isConversationToken("ticket-1", flipped, key)).toBe(false);
    expect(isConversationToken("ticket-1", token.slice(0, -1), key)).toBe(false);
    expect(isConversationToken("ticket-1", "", key)).toBe(false);
  });

  it("is URL-safe and the same every time for the same ticket and key", () => {
    const token = conversationToken("ticket-1", key);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(conversationToken("ticket-1", key)).toBe(token);
  });
});
