import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";

// Keeps these tokens apart from anything else ever signed with the workspace key.
const PURPOSE = "widget-conversation-v1";

/**
 * The bearer token of a widget conversation: an HMAC of the ticket id with the workspace key, so the server
 * needs no table to recognise it and nobody without the key can make one for another ticket.
 */
export function conversationToken(ticketId: string, key: Buffer): string {
  return createHmac("sha256", key).update(`${PURPOSE}\u0000${ticketId}`).digest("base64url");
}

export function isConversationToken(ticketId: string, token: string, key: Buffer): boolean {
  const expected = Buffer.from(conversationToken(ticketId, key));
  const given = Buffer.from(token);
  // Every token has the same length, so comparing lengths first tells an attacker nothing.
  return given.length === expected.length && timingSafeEqual(given, expected);
}
