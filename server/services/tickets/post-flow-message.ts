import "server-only";
import { randomUUID } from "node:crypto";
import { withEffect, type Db } from "../effects/with-effect";

/**
 * Messages a flow writes on a ticket: an AI reply to the customer (which is the first response if none
 * came before) or a CSAT survey. An assist-mode draft is no message: the agent's composer offers it.
 */
export async function postFlowMessage(
  db: Db,
  input: {
    ticketId: string;
    idempotencyKey: string;
    kind: "reply" | "csat-survey";
    body: string;
    aiMeta?: Record<string, unknown>;
  },
): Promise<{ effectId: string; duplicate: boolean; messageId?: string }> {
  const { idempotencyKey, ticketId, kind, body, aiMeta } = input;
  return withEffect(db, { idempotencyKey, ticketId, kind, payload: { body } }, async (tx) => {
    const author = kind === "csat-survey" ? "system" : "ai";
    const aiMetaJson = aiMeta ? JSON.stringify(aiMeta) : null;
    // One statement for the message and, for a reply, the ticket's first response: every live AI reply passes here.
    const rows = await tx.$queryRaw<Array<{ id: string }>>`
      WITH message AS (
        INSERT INTO "Message" ("id", "ticketId", "author", "body", "internal", "aiMeta")
        VALUES (${randomUUID()}, ${ticketId}, ${author}::"MessageAuthor", ${body}, false, ${aiMetaJson}::jsonb)
        RETURNING "id", "createdAt"
      ), first_response AS (
        UPDATE "Ticket" SET "firstResponseAt" = message."createdAt", "updatedAt" = now()
        FROM message WHERE ${kind === "reply"} AND "Ticket"."id" = ${ticketId} AND "Ticket"."firstResponseAt" IS NULL
      )
      SELECT "id" FROM message`;
    return { messageId: rows[0]!.id };
  });
}
