import "server-only";
import type { ActivityInputs, ActivityResult } from "../../../workflows/interpret/activities";
import { withEffect, type Db } from "../effects/with-effect";

export async function resolveTicket(db: Db, input: ActivityInputs["resolveTicket"]): Promise<ActivityResult<"resolveTicket">> {
  const { idempotencyKey, ticketId, message } = input;
  return withEffect(db, { idempotencyKey, ticketId, kind: "resolve", payload: { message } }, async (tx) => {
    const now = new Date();
    if (message) await tx.message.create({ data: { ticketId, author: "ai", body: message } });
    await tx.ticket.update({ where: { id: ticketId }, data: { status: "solved", resolvedAt: now } });
    return { resolvedAt: now.toISOString() };
  });
}
