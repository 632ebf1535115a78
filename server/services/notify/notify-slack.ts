import "server-only";
import type { ActivityInputs, ActivityResult } from "../../../workflows/interpret/activities";
import { withEffect, type Db } from "../effects/with-effect";
import type { Notifier } from "./notifier";

/**
 * A flow's notify step: the message is queued with the effect's row, in the same transaction (the batch's when
 * given one), and the outbox sends it once that has committed. The text is a template over the ticket, so the
 * notifier escapes it like any customer's words.
 */
export async function notifySlack(db: Db, notifier: Notifier, input: ActivityInputs["notifySlack"]): Promise<ActivityResult<"notifySlack">> {
  const { idempotencyKey, ticketId, channel, text } = input;
  const result = await withEffect(db, { idempotencyKey, ticketId, kind: "notify", payload: { channel, text } }, async (tx) => {
    const { delivered } = await notifier.send({ channel, text, idempotencyKey }, tx);
    return { delivered };
  });
  // Its own transaction has committed; a batch's caller kicks once the batch has.
  if ("$transaction" in db) notifier.kick?.();
  return result;
}
